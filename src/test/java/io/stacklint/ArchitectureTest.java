package io.stacklint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Packages follow the pipeline; nothing lower imports anything higher. */
class ArchitectureTest {
    /** Lowest first. A package may import its own layer and the ones before it. */
    private static final List<String> LAYERS = List.of("source", "tree", "parse", "model", "rules.api", "rules.engine",
            "rules.yaml", "rules.builtin", "report", "testing", "config", "cli");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.stacklint\\.([a-z.]+)\\.[A-Z]", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package io\\.stacklint\\.([a-z.]+);", Pattern.MULTILINE);

    @Test
    void noPackageImportsALaterStageOfThePipeline() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/stacklint"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher pkg = PACKAGE.matcher(text);
                assertThat(pkg.find()).as("package of %s", file).isTrue();
                int own = layer(pkg.group(1));
                assertThat(own).as("layer of package %s", pkg.group(1)).isNotNegative();
                Matcher imports = IMPORT.matcher(text);
                while (imports.find()) {
                    if (layer(imports.group(1)) > own) {
                        violations.add(file + " imports io.stacklint." + imports.group(1));
                    }
                }
                for (String layer : LAYERS.subList(own + 1, LAYERS.size())) {
                    if (text.contains("io.stacklint." + layer + ".") && !text.contains("package io.stacklint." + layer)) {
                        violations.add(file + " names io.stacklint." + layer + " inline");
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private static int layer(String pkg) {
        for (int i = LAYERS.size() - 1; i >= 0; i--) {
            if (pkg.equals(LAYERS.get(i)) || pkg.startsWith(LAYERS.get(i) + ".")) {
                return i;
            }
        }
        return -1;
    }
}
