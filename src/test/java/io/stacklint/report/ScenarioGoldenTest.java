package io.stacklint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stacklint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole stacks against golden reports: {@code x.yaml} beside {@code x.yaml.expected.txt} (the text report) and
 * {@code x.yaml.sarif.json} (SARIF with the machine-specific base URI, the version and the rules' help text redacted).
 * Rebuild them with {@code mvn test -Dstacklint.updateGolden=true} and review the diff.
 */
class ScenarioGoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("stacklint.updateGolden");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TestFactory
    Stream<DynamicTest> scenariosMatchTheirGoldenReports() throws IOException {
        return Stream.of(Path.of("testdata/scenarios"), Path.of("testdata/examples"))
                .flatMap(ScenarioGoldenTest::inputs)
                .flatMap(input -> Stream.of(
                        DynamicTest.dynamicTest(input + " text", () -> compare(input, ".expected.txt", Cli.run(input.toString()).out())),
                        DynamicTest.dynamicTest(input + " sarif", () -> compare(input, ".sarif.json", redactedSarif(input)))));
    }

    private static Stream<Path> inputs(Path dir) {
        try {
            return Files.list(dir).filter(f -> {
                String name = f.getFileName().toString();
                return !name.endsWith(".expected.txt") && !name.endsWith(".sarif.json");
            }).sorted().toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String redactedSarif(Path input) throws IOException {
        JsonNode log = MAPPER.readTree(Cli.run("--format", "sarif", input.toString()).out());
        ObjectNode driver = (ObjectNode) log.at("/runs/0/tool/driver");
        driver.put("version", "REDACTED");
        driver.put("semanticVersion", "REDACTED");
        ((ObjectNode) log.at("/runs/0/originalUriBaseIds/%SRCROOT%")).put("uri", "file:///REDACTED/");
        // Help pages have tests of their own; in the goldens they would only make every doc edit a golden diff.
        for (JsonNode rule : log.at("/runs/0/tool/driver/rules")) {
            ((ObjectNode) rule).put("fullDescription", "REDACTED").put("help", "REDACTED");
        }
        return MAPPER.writeValueAsString(log) + "\n";
    }

    private static void compare(Path input, String suffix, String actual) throws IOException {
        Path golden = input.resolveSibling(input.getFileName() + suffix);
        if (UPDATE || !Files.exists(golden)) {
            Files.writeString(golden, actual);
            if (!UPDATE) {
                throw new AssertionError("wrote missing golden file " + golden + "; review it and run again");
            }
            return;
        }
        assertThat(actual).as("%s (rebuild with -Dstacklint.updateGolden=true)", golden).isEqualTo(Files.readString(golden));
    }
}
