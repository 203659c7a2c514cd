package io.stacklint.rules.builtin.cfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.stacklint.rules.builtin.cfn.schema.ResourceSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The schemas in the jar are the researched ones, byte for byte; when ../shared is updated, copy them again. */
class ResourceSchemasTest {
    private static final Path RESEARCH = Path.of("../shared/research/cfn-schemas");
    private static final Path JAR_COPY = Path.of("src/main/resources/io/stacklint/cfn/schemas");

    @Test
    void theSchemasInTheJarAreTheResearchedOnes() throws IOException {
        assumeTrue(Files.isDirectory(RESEARCH), "../shared/research/cfn-schemas is absent: staleness not checked");
        for (String file : ResourceSchemas.FILES.values()) {
            assertThat(Files.readAllBytes(JAR_COPY.resolve(file))).as(file + " is stale: copy it from " + RESEARCH)
                    .isEqualTo(Files.readAllBytes(RESEARCH.resolve(file)));
        }
    }

    @Test
    void everySchemaLoads() {
        for (String type : ResourceSchemas.FILES.keySet()) {
            assertThat(ResourceSchemas.of(type)).as(type).isNotNull();
        }
        assertThat(ResourceSchemas.of("AWS::SQS::Queue")).isNull();
    }
}
