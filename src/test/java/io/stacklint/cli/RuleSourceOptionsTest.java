package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --config}, {@code --no-config}, {@code --rules} and {@code --plugin} mean the same thing, and fail the same
 * way, for every command that loads rules: each mistake gives every command the same exit code and the same words.
 */
class RuleSourceOptionsTest {
    private static final String PACK = Path.of("testdata/packs/acme").toAbsolutePath().toString();
    /** Each command that takes the options, with the arguments it needs besides them. */
    private static final List<List<String>> COMMANDS = List.of(
            List.of("lint", "t.yaml"),
            List.of("baseline", "-o", "b.json", "t.yaml"),
            List.of("graph", "t.yaml"),
            List.of("rules"),
            List.of("explain", "ASL001"),
            List.of("test-rules", PACK));

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("t.yaml"), """
                Resources:
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      Definition: {StartAt: A, States: {A: {Type: Succeed}}}
                """);
        Files.writeString(dir.resolve("bad.yaml"), "fail-on: sometimes\n");
        Files.writeString(dir.resolve("good.yaml"), "fail-on: warning\n");
        Files.createDirectories(dir.resolve("configs"));
        Files.createDirectories(dir.resolve("badpack"));
        Files.writeString(dir.resolve("badpack/X.yaml"), "id: acme1\n");
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(List.of("--config", "bad.yaml"), "bad.yaml:1:10: 'fail-on' is 'sometimes'; it must be one of"),
                Arguments.of(List.of("--config", "configs"), "configs: is a directory; --config takes the configuration file itself"),
                Arguments.of(List.of("--config", "missing.yaml"), "missing.yaml: no such configuration file"),
                Arguments.of(List.of("--config", "bad.yaml", "--no-config"), "--config bad.yaml and --no-config contradict each other"),
                Arguments.of(List.of("--no-config", "--config", "good.yaml"), "--config good.yaml and --no-config contradict each other"),
                Arguments.of(List.of("--no-config", "--rules", "badpack"), "badpack/X.yaml:1:5: 'id' is 'acme1'"),
                Arguments.of(List.of("--no-config", "--rules", "nopack"), "nopack: no such rule directory or file"),
                Arguments.of(List.of("--no-config", "--plugin", "missing.jar"), "--plugin missing.jar: no such file"));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void everyCommandRefusesTheSameMistakeInTheSameWords(List<String> options, String expected) {
        List<Cli.Result> results = COMMANDS.stream().map(command -> run(command, options)).toList();
        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i).exitCode()).as(COMMANDS.get(i) + " " + options).isEqualTo(ExitCodes.USAGE);
            assertThat(results.get(i).out()).as(COMMANDS.get(i) + " " + options).isEmpty();
            assertThat(results.get(i).err()).as(COMMANDS.get(i) + " " + options).contains("stacklint: " + expected)
                    .isEqualTo(results.get(0).err());
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void theConfigurationFoundInTheWorkingDirectoryIsReadByEveryCommand(List<String> command) throws IOException {
        Files.writeString(dir.resolve(".stacklint.yaml"), "disable: [NOPE001]\n");
        Cli.Result result = run(command, List.of());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).isEqualTo("stacklint: .stacklint.yaml:1:11: unknown rule 'NOPE001' (see 'stacklint rules' for the list)\n");
        Cli.Result ignored = run(command, List.of("--no-config"));
        assertThat(ignored.exitCode()).as("--no-config ignores it: " + ignored.err()).isNotEqualTo(ExitCodes.USAGE);
    }

    @org.junit.jupiter.api.Test
    void graphMarksOnlyTheFindingsOfTheRulesTheConfigurationRuns() throws IOException {
        String example = Path.of("testdata/examples/order-workflow.yaml").toAbsolutePath().toString();
        assertThat(Cli.run(dir, "graph", example).out()).contains("WaitForWarehouse (Task)<br/>findings: ASL001, CFN003, IAM020");
        Files.writeString(dir.resolve(".stacklint.yaml"), "disable: [task-without-timeout]\nseverity:\n  CFN003: \"off\"\n");
        assertThat(Cli.run(dir, "graph", example).out()).contains("WaitForWarehouse (Task)<br/>findings: IAM020\"]");
        assertThat(Cli.run(dir, "graph", "--no-config", example).out()).contains("findings: ASL001, CFN003, IAM020");
    }

    @org.junit.jupiter.api.Test
    void testRulesLoadsTheConfigurationsPacksButNotThePackUnderTestTwice() throws IOException {
        Files.writeString(dir.resolve(".stacklint.yaml"), "rules: ['" + PACK + "']\n");
        Cli.Result result = Cli.run(dir, "test-rules", PACK);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("PASS ACME001", "2 rules: 2 passed, 0 failed");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    }

    static Stream<List<String>> commands() {
        return COMMANDS.stream();
    }

    private Cli.Result run(List<String> command, List<String> options) {
        List<String> args = new ArrayList<>(command);
        args.addAll(1, options);
        return Cli.run(dir, args.toArray(String[]::new));
    }
}
