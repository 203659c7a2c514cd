package io.stacklint.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The committed IAM catalog resources are what the generator makes from the research tables; a stale, missing
 * or left-over file fails, and {@code -Dstacklint.updateGolden=true} rewrites them.
 */
class IamCatalogGeneratorTest {
    private static final boolean UPDATE = Boolean.getBoolean("stacklint.updateGolden");
    private static final String HOW = "run mvn test -Dtest=IamCatalogGeneratorTest -Dstacklint.updateGolden=true";

    @Test
    void committedCatalogIsCurrent() throws IOException {
        if (!Files.isDirectory(IamCatalogGenerator.SOURCE)) {
            System.out.println("iam catalog: ../shared/research/iam-catalog is absent: staleness check skipped");
        }
        Assumptions.assumeTrue(Files.isDirectory(IamCatalogGenerator.SOURCE),
                "../shared/research/iam-catalog is absent: staleness check skipped");
        Map<String, String> generated = IamCatalogGenerator.generate(IamCatalogGenerator.SOURCE);
        if (UPDATE) {
            IamCatalogGenerator.write(generated, IamCatalogGenerator.TARGET);
        }
        assertThat(committedServiceFiles()).as("the IAM catalog's service files: " + HOW)
                .isEqualTo(new TreeSet<>(generated.keySet().stream().filter(f -> f.startsWith(IamCatalogGenerator.SERVICES + "/")).toList()));
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path committed = IamCatalogGenerator.TARGET.resolve(file.getKey());
            assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                    .as("the IAM catalog resource " + committed + " is stale: " + HOW).isEqualTo(file.getValue());
        }
    }

    @Test
    void theIndexNamesEveryServiceFile() throws IOException {
        Path index = IamCatalogGenerator.TARGET.resolve(IamCatalogGenerator.INDEX);
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            if (line.startsWith("I ")) {
                listed.add(IamCatalogGenerator.SERVICES + "/" + line.substring(2) + ".txt");
            }
        }
        assertThat(listed).hasSizeGreaterThan(400).isEqualTo(committedServiceFiles());
    }

    private static Set<String> committedServiceFiles() throws IOException {
        try (Stream<Path> files = Files.list(IamCatalogGenerator.TARGET.resolve(IamCatalogGenerator.SERVICES))) {
            Set<String> out = new TreeSet<>();
            files.forEach(f -> out.add(IamCatalogGenerator.SERVICES + "/" + f.getFileName()));
            return out;
        }
    }
}
