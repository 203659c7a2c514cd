package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stacklint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    private static final String EXAMPLE = "testdata/examples/order-workflow.yaml";
    private static final String TIMEOUT_ONLY = """
            Resources:
              Flow:
                Type: AWS::StepFunctions::StateMachine
                Metadata:
                  stacklint:
                    ignore: [CFN001]
                Properties:
                  Definition:
                    StartAt: Work
                    States:
                      Work:
                        Type: Task
                        Resource: arn:aws:states:::sns:publish
                        End: true
                  LoggingConfiguration: {Level: ERROR}
                  TracingConfiguration: {Enabled: true}
                  RoleArn: arn:aws:iam::111122223333:role/flow
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void textOutputIsOneClickableLinePerFindingAndASummary() {
        Cli.Result result = Cli.run(EXAMPLE);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(result.out().lines().filter(l -> l.startsWith(EXAMPLE + ":")))
                .allMatch(l -> l.matches(".+:\\d+:\\d+: (error|warning|note): .+ \\[[A-Z]+\\d{3}\\]"))
                .hasSizeGreaterThan(5);
        assertThat(result.out()).contains(EXAMPLE + ":84:11: error: Task 'WaitForWarehouse' has no TimeoutSeconds");
        assertThat(result.out().lines().reduce((a, b) -> b).orElseThrow()).matches("\\d+ errors?, \\d+ warnings?, \\d+ notes? in 1 file\\.");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void bareInvocationMeansLint() {
        assertThat(Cli.run("lint", EXAMPLE).out()).isEqualTo(Cli.run(EXAMPLE).out());
    }

    @Test
    void failOnDecidesTheExitCode() throws IOException {
        Path file = write("t.yaml", TIMEOUT_ONLY);
        assertThat(Cli.run(dir, "t.yaml").exitCode()).as("only a warning").isEqualTo(ExitCodes.OK);
        assertThat(Cli.run(dir, "--fail-on", "warning", "t.yaml").exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(Cli.run(dir, "--fail-on", "none", EXAMPLE.replace("testdata", Path.of("").toAbsolutePath() + "/testdata")).exitCode())
                .isEqualTo(ExitCodes.OK);
        assertThat(Cli.run(dir, "--fail-on", "sometimes", file.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void disableAndSeverityOverridesApply() throws IOException {
        write("t.yaml", TIMEOUT_ONLY);
        assertThat(Cli.run(dir, "--disable", "ASL001", "t.yaml").out()).startsWith("No problems found in 1 file");
        assertThat(Cli.run(dir, "--disable", "task-without-timeout", "t.yaml").out()).startsWith("No problems found");
        Cli.Result raised = Cli.run(dir, "--severity", "ASL001=error", "t.yaml");
        assertThat(raised.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(raised.out()).contains("t.yaml:11:11: error: Task 'Work' has no TimeoutSeconds");
        assertThat(Cli.run(dir, "--severity", "ASL001=off", "t.yaml").out()).startsWith("No problems found");
    }

    @Test
    void unknownRuleIdsAreUsageErrors() throws IOException {
        write("t.yaml", TIMEOUT_ONLY);
        Cli.Result result = Cli.run(dir, "--disable", "ASL999", "t.yaml");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--disable: unknown rule 'ASL999'");
        assertThat(Cli.run(dir, "--severity", "ASL001", "t.yaml").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void metadataSuppressionSilencesTheResourceAndIsCounted() throws IOException {
        write("t.yaml", TIMEOUT_ONLY);
        Cli.Result result = Cli.run(dir, "--fail-on", "warning", "--disable", "ASL001", "t.yaml");
        assertThat(result.out()).isEqualTo("No problems found in 1 file (1 suppressed).\n");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void jsonOutputHasTheFieldsOfTheTextLine() throws IOException {
        Cli.Result result = Cli.run("--format", "json", EXAMPLE);
        JsonNode findings = new ObjectMapper().readTree(result.out());
        assertThat(findings.isArray()).isTrue();
        JsonNode first = findings.get(0);
        assertThat(first.get("file").asText()).isEqualTo(EXAMPLE);
        assertThat(first.fieldNames()).toIterable().contains("line", "column", "endLine", "endColumn", "severity", "message", "ruleId");
        assertThat(findings).hasSize((int) Cli.run(EXAMPLE).out().lines().filter(l -> l.startsWith(EXAMPLE)).count());
    }

    @Test
    void outputOptionWritesTheReportToAFile() throws IOException {
        Path report = Files.createDirectories(dir.resolve("out")).resolve("report.sarif");
        Cli.Result result = Cli.run("--format", "sarif", "-o", report.toString(), EXAMPLE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).matches("\\d+ errors, \\d+ warnings, \\d+ notes in 1 file\\.\\s*");
        assertThat(Files.readString(report)).contains("\"version\" : \"2.1.0\"");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void missingPathIsAnIoErrorButOtherPathsAreStillLinted() throws IOException {
        write("t.yaml", TIMEOUT_ONLY);
        Cli.Result result = Cli.run(dir, "nope.yaml", "t.yaml");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("nope.yaml: no such file or directory");
        assertThat(result.out()).contains("t.yaml:11:11: warning");
    }

    @Test
    void directoriesAreSearchedRecursivelySkippingGitAndNodeModules() throws IOException {
        write("stacks/app.yaml", TIMEOUT_ONLY);
        write("stacks/flows/main.asl.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"End\": true}}}");
        write("stacks/flows/plain.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}");
        write("stacks/config.yaml", "name: not a template\n");
        write("stacks/package.json", "{\"name\": \"x\"}");
        write("stacks/node_modules/dep/t.yaml", TIMEOUT_ONLY);
        write(".git/t.yaml", TIMEOUT_ONLY);
        write("stacks/broken.yaml", "Resources:\n  A: [\n");
        Cli.Result result = Cli.run(dir, "--verbose", ".");
        assertThat(result.out()).contains("stacks/app.yaml:11:11:", "stacks/flows/main.asl.json:1:29:", "stacks/broken.yaml:3:1: error: YAML syntax error")
                .doesNotContain("node_modules").doesNotContain(".git/");
        assertThat(result.out()).endsWith("in 4 files (1 suppressed).\n");
        assertThat(result.err()).contains("skipped: stacks/config.yaml", "skipped: stacks/package.json", "linted: stacks/flows/plain.json");
    }

    @Test
    void pathsOutsideTheWorkingDirectoryAreShownRelativeToIt() throws IOException {
        write("other/t.yaml", TIMEOUT_ONLY);
        Files.createDirectories(dir.resolve("here"));
        assertThat(Cli.run(dir.resolve("here"), "../other/t.yaml").out()).startsWith("../other/t.yaml:11:11: warning");
    }

    @Test
    void aDirectoryWithoutTemplatesSaysSo() throws IOException {
        write("src/package.json", "{\"name\": \"x\"}");
        Cli.Result result = Cli.run(dir, "src");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.err()).contains("no CloudFormation template or state machine definition found (1 other file(s) skipped");
    }

    @Test
    void anExplicitFileThatIsNeitherIsReported() throws IOException {
        write("config.yaml", "name: not a template\n");
        Cli.Result result = Cli.run(dir, "config.yaml");
        assertThat(result.out()).contains("config.yaml:1:1: error: not a CloudFormation template or state machine definition");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void syntaxErrorInOneFileDoesNotStopTheOthers() throws IOException {
        write("a.yaml", "Resources:\n  A: [\n");
        write("b.yaml", TIMEOUT_ONLY);
        Cli.Result result = Cli.run(dir, "a.yaml", "b.yaml");
        assertThat(result.out()).contains("a.yaml:3:1: error: YAML syntax error", "b.yaml:11:11: warning");
    }

    @Test
    void fileThatIsNotUtf8IsAPositionedFindingAndStillLinted() throws IOException {
        Files.write(dir.resolve("latin.yaml"), "Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      DisplayName: caf\u00e9\n      TopicName: !Ref Nope\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Cli.Result result = Cli.run(dir, "latin.yaml");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(result.out()).contains("latin.yaml:5:23: error: byte 0xE9 is not UTF-8", "latin.yaml:6:23: error: Ref to 'Nope'");
    }

    @Test
    void utf16TemplateFoundInAWalkIsReportedAndLinted() throws IOException {
        Files.createDirectories(dir.resolve("win"));
        String template = "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: !Ref Nope\n";
        byte[] body = template.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(dir.resolve("win/stack.yaml"), bytes);
        Cli.Result result = Cli.run(dir, "win");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(result.out()).contains("win/stack.yaml:1:1: error: the file is UTF-16 text", "win/stack.yaml:6:23: error: Ref to 'Nope'");
    }

    @Test
    void usageErrorsExitTwoWithAHint() {
        Cli.Result none = Cli.run("lint");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("Missing required parameter");
        Cli.Result bad = Cli.run("--format", "xml", EXAMPLE);
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("--format").contains("Try 'stacklint --help'");
    }

    @Test
    void optionsMayComeBeforeTheCommandName() {
        assertThat(Cli.run("--no-config", "lint", EXAMPLE).out()).isEqualTo(Cli.run("lint", EXAMPLE).out());
        assertThat(Cli.run("--format", "json", "rules").out()).startsWith("[");
        assertThat(Cli.run("--fail-on", "none", EXAMPLE).exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void versionAndHelp() {
        Cli.Result help = Cli.run("help", "lint");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--fail-on");
        assertThat(Cli.run("--version").out()).startsWith("stacklint ");
        Cli.Result lintHelp = Cli.run("lint", "--help");
        assertThat(lintHelp.exitCode()).isZero();
        assertThat(lintHelp.out()).contains("--fail-on", "--format", "Exit codes");
        Cli.Result topHelp = Cli.run("--help");
        assertThat(topHelp.out()).contains("lint", "rules", "explain", "test-rules", "-V, --version").doesNotContain("${");
        assertThat(Cli.run("lint", "--help").out()).doesNotContain("${");
    }

    @Test
    void rulesCommandListsEveryRuleInEachFormat() throws IOException {
        Cli.Result text = Cli.run("rules");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("ASL001", "task-without-timeout", "warning", "PARSE004");
        JsonNode json = new ObjectMapper().readTree(Cli.run("rules", "--format", "json").out());
        assertThat(json.size()).isEqualTo(io.stacklint.rules.builtin.BuiltinRules.all().size());
        assertThat(json.get(0).get("id").asText()).isEqualTo("ASL001");
        assertThat(json.get(0).get("description").asText()).isNotBlank();
        assertThat(Cli.run("rules", "--format", "markdown").out()).startsWith("# stacklint rules").contains("## ASL001");
    }

    @Test
    void unreadableDirectoryInAWalkIsReportedNotSkipped() throws IOException {
        write("stacks/app.yaml", TIMEOUT_ONLY);
        Path locked = Files.createDirectories(dir.resolve("stacks/locked"));
        Files.writeString(locked.resolve("t.yaml"), TIMEOUT_ONLY);
        boolean denied = locked.toFile().setReadable(false, false) && !Files.isReadable(locked);
        try {
            org.junit.jupiter.api.Assumptions.assumeTrue(denied, "this user can read any directory (root): permission test skipped");
            Cli.Result result = Cli.run(dir, "stacks");
            assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(result.err()).contains("stacks/locked: cannot be read");
            assertThat(result.out()).contains("stacks/app.yaml:11:11");
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }

    @Test
    void linkedTemplatesAreLintedAndBrokenLinksReported() throws IOException {
        write("real/app.yaml", TIMEOUT_ONLY);
        Files.createDirectories(dir.resolve("stacks"));
        Files.createSymbolicLink(dir.resolve("stacks/app.yaml"), dir.resolve("real/app.yaml"));
        Files.createSymbolicLink(dir.resolve("stacks/gone.yaml"), dir.resolve("real/missing.yaml"));
        Files.createSymbolicLink(dir.resolve("stacks/loop"), dir.resolve("stacks"));
        Cli.Result result = Cli.run(dir, "stacks");
        assertThat(result.out()).contains("stacks/app.yaml:11:11");
        assertThat(result.err()).contains("stacklint: warning: stacks/gone.yaml: skipped: a symbolic link to nothing");
        assertThat(result.exitCode()).as("the rest was linted as asked").isEqualTo(ExitCodes.OK);
    }

    @Test
    void aRootThatIsNoDirectoryAndAnEmptyReportFileNameAreRefused() {
        Cli.Result root = Cli.run(Path.of(""), "--no-config", "--root", dir.resolve("absent").toString(), EXAMPLE);
        assertThat(root.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(root.err()).contains("--root ").contains("absent: no such directory");
        Cli.Result output = Cli.run(Path.of(""), "--no-config", "-o=", EXAMPLE);
        assertThat(output.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(output.err()).contains("-o needs a file name").doesNotContain(".tmp");
    }
}
