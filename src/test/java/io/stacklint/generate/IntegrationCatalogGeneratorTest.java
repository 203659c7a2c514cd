package io.stacklint.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The integration catalog is generated from the research; a stale copy fails the build where the research is
 * present ({@code ../shared}), and {@code -Dstacklint.updateGolden=true} rewrites it.
 */
class IntegrationCatalogGeneratorTest {
    private static final boolean UPDATE = Boolean.getBoolean("stacklint.updateGolden");

    @Test
    void integrationCatalogIsCurrent() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(IntegrationCatalogGenerator.RESEARCH),
                "../shared/research is absent: the integration catalog is not checked against it");
        String generated = IntegrationCatalogGenerator.generate(Files.readAllLines(IntegrationCatalogGenerator.RESEARCH));
        if (UPDATE) {
            Files.createDirectories(IntegrationCatalogGenerator.RESOURCE.getParent());
            Files.writeString(IntegrationCatalogGenerator.RESOURCE, generated);
        }
        assertThat(IntegrationCatalogGenerator.RESOURCE)
                .as("integrations.tsv is stale: run mvn test -Dtest=IntegrationCatalogGeneratorTest -Dstacklint.updateGolden=true")
                .hasContent(generated);
    }
}
