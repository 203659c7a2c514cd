package io.stacklint.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.stacklint.testing.ReadmeSnippets;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The action's "Run stacklint" step, run by bash the way the runner runs it: its {@code env} filled from the README
 * workflow's {@code with:} and the action's defaults, {@code GITHUB_OUTPUT} a file, the packaged jar as the built one.
 */
class GitHubActionIT {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*([a-z.-]+)\\s*}}");

    @TempDir
    Path workspace;

    record StepRun(int exitCode, String log, Map<String, String> outputs) {
    }

    @Test
    void theReadmeWorkflowFailsOnFindingsWritesSarifAndPassesWithABaseline() throws Exception {
        Files.createDirectories(workspace.resolve("infra"));
        Files.copy(Path.of("testdata/examples/order-workflow.yaml"), workspace.resolve("infra/order-workflow.yaml"));
        Files.createDirectories(workspace.resolve(".git"));
        JsonNode with = readmeStep().path("with");
        Map<String, String> inputs = new HashMap<>();
        with.fields().forEachRemaining(e -> inputs.put(e.getKey(), e.getValue().asText()));
        inputs.remove("baseline");

        StepRun first = runLintStep(inputs);
        assertThat(first.exitCode()).as(first.log()).isZero();
        assertThat(first.outputs()).containsEntry("exit-code", "1").containsEntry("report", "stacklint.sarif");
        JsonNode sarif = new ObjectMapper().readTree(workspace.resolve("stacklint.sarif").toFile());
        assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("infra/order-workflow.yaml");

        Path jar = Path.of("target/stacklint.jar").toAbsolutePath();
        Process baseline = new ProcessBuilder(java(), "-jar", jar.toString(), "baseline", "-o", with.path("baseline").asText(), "infra")
                .directory(workspace.toFile()).redirectErrorStream(true).start();
        baseline.getInputStream().readAllBytes();
        assertThat(baseline.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(baseline.exitValue()).isZero();
        inputs.put("baseline", with.path("baseline").asText());
        StepRun second = runLintStep(inputs);
        assertThat(second.outputs()).as(second.log()).containsEntry("exit-code", "0");
    }

    private static JsonNode readmeStep() throws Exception {
        for (JsonNode step : YAML.readTree(ReadmeSnippets.get("github-actions")).at("/jobs/stacklint/steps")) {
            if (step.path("uses").asText().startsWith("stacklint/stacklint@")) {
                return step;
            }
        }
        throw new AssertionError("the README workflow has no stacklint/stacklint step");
    }

    private StepRun runLintStep(Map<String, String> given) throws Exception {
        JsonNode action = YAML.readTree(Path.of("action.yml").toFile());
        JsonNode step = null;
        for (JsonNode candidate : action.at("/runs/steps")) {
            if (candidate.path("id").asText().equals("lint")) {
                step = candidate;
            }
        }
        assertThat(step).isNotNull();
        assertThat(step.path("shell").asText()).isEqualTo("bash");
        Path script = workspace.resolve("../lint-step.sh");
        Files.writeString(script, step.path("run").asText());
        Path outputs = Files.createTempFile(workspace.getParent(), "github-output", "");
        Files.writeString(outputs, "");
        // The runner's own bash invocation for shell: bash.
        ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString())
                .directory(workspace.toFile()).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.put("GITHUB_OUTPUT", outputs.toString());
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + System.getenv("PATH"));
        JsonNode declared = action.path("inputs");
        JsonNode stepEnv = step.path("env");
        stepEnv.fieldNames().forEachRemaining(name -> {
            Matcher m = EXPRESSION.matcher(stepEnv.path(name).asText());
            assertThat(m.matches()).as(name).isTrue();
            String expression = m.group(1);
            String value;
            if (expression.startsWith("inputs.")) {
                String input = expression.substring("inputs.".length());
                assertThat(declared.has(input)).as(input).isTrue();
                value = given.getOrDefault(input, declared.path(input).path("default").asText());
            } else {
                assertThat(expression).isEqualTo("steps.jar.outputs.path");
                value = Path.of("target/stacklint.jar").toAbsolutePath().toString();
            }
            env.put(name, value);
        });
        Process process = builder.start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(outputs)) {
            int equals = line.indexOf('=');
            values.put(line.substring(0, equals), line.substring(equals + 1));
        }
        return new StepRun(process.exitValue(), log, values);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
