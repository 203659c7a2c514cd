package io.stacklint.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The shipped compact schemas are what the generator makes of AWS's researched ones, and nothing else is there. */
class ResourceSchemasGeneratorTest {
    private static final boolean UPDATE = Boolean.getBoolean("stacklint.updateGolden");

    @Test
    void shippedSchemasAreUpToDate() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(ResourceSchemasGenerator.SOURCE),
                "../shared/research/cfn-schemas is absent: staleness check skipped");
        Map<String, String> generated = ResourceSchemasGenerator.generate(ResourceSchemasGenerator.SOURCE);
        if (UPDATE) {
            ResourceSchemasGenerator.write(generated);
        }
        generated.forEach((name, content) -> assertThat(ResourceSchemasGenerator.TARGET.resolve(name))
                .as("%s is stale: run mvn -q test -Dtest=ResourceSchemasGeneratorTest -Dstacklint.updateGolden=true", name)
                .hasContent(content));
        try (Stream<Path> shipped = Files.list(ResourceSchemasGenerator.TARGET)) {
            assertThat(shipped.map(p -> p.getFileName().toString()).filter(n -> !n.equals("SOURCES.md")))
                    .as("every shipped schema comes from a researched one").allMatch(generated::containsKey);
        }
    }
}
