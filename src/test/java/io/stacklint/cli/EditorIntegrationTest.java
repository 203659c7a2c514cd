package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stacklint.testing.Cli;
import io.stacklint.testing.Programs;
import io.stacklint.testing.ReadmeSnippets;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What editors use: a buffer on stdin, the README's VS Code problem matcher and IntelliJ filter, colour on terminals. */
class EditorIntegrationTest {
    private static final String EXAMPLE = "testdata/examples/order-workflow.yaml";
    private static final String SAM = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Flow:
                Type: AWS::Serverless::StateMachine
                Properties:
                  AutoPublishAlias: live
                  DefinitionUri: statemachine/flow.asl.json
            """;

    @TempDir
    Path dir;

    @Test
    void anUnsavedBufferIsReportedUnderItsNameAndReadsItsDefinitionFileBesideIt() throws Exception {
        Files.createDirectories(dir.resolve("stack/statemachine"));
        Files.writeString(dir.resolve("stack/statemachine/flow.asl.json"),
                "{\"StartAt\": \"Work\", \"States\": {\"Work\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::sns:publish\", \"End\": true}}}\n");
        Cli.Result result = Cli.runWithStdin(dir, SAM + "  Broken: {Type: AWS::SNS::Topic, Properties: {TopicName: !Ref Nowhere}}\n",
                "lint", "-", "--stdin-filename", "stack/template.yaml");
        assertThat(Files.exists(dir.resolve("stack/template.yaml"))).isFalse();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("stack/template.yaml:8:64: error: ", "[CFN003]")
                .contains("stack/statemachine/flow.asl.json:1:32: warning: Task 'Work' has no TimeoutSeconds");
        assertThat(Cli.runWithStdin(dir, "StartAt: A\nStates: {A: {Type: Succeed}}\n", "-").out()).isEqualTo("No problems found in 1 file.\n");
        Cli.Result misuse = Cli.runWithStdin(dir, "", "--stdin-filename", "x.yaml", "stack");
        assertThat(misuse.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(misuse.err()).contains("give '-' as the path");
    }

    @Test
    void theReadmeVsCodeProblemMatcherReadsEveryFindingLine() throws Exception {
        JsonNode task = new ObjectMapper().readTree(ReadmeSnippets.get("vscode-task")).at("/tasks/0");
        assertThat(task.path("command").asText()).startsWith("stacklint --color never");
        JsonNode pattern = task.at("/problemMatcher/pattern");
        Pattern regexp = Pattern.compile(pattern.path("regexp").asText());
        Cli.Result text = Cli.run("--color", "never", EXAMPLE);
        JsonNode findings = new ObjectMapper().readTree(Cli.run("--format", "json", EXAMPLE).out());
        List<String> lines = text.out().lines().toList();
        assertThat(lines).hasSize(findings.size() + 1);
        for (int i = 0; i < findings.size(); i++) {
            Matcher m = regexp.matcher(lines.get(i));
            assertThat(m.matches()).as(lines.get(i)).isTrue();
            JsonNode finding = findings.get(i);
            assertThat(m.group(pattern.path("file").asInt())).isEqualTo(finding.path("file").asText());
            assertThat(m.group(pattern.path("line").asInt())).isEqualTo(finding.path("line").asText());
            assertThat(m.group(pattern.path("column").asInt())).isEqualTo(finding.path("column").asText());
            assertThat(m.group(pattern.path("severity").asInt())).isEqualTo(finding.path("severity").asText());
            assertThat(m.group(pattern.path("message").asInt())).isEqualTo(finding.path("message").asText());
            assertThat(m.group(pattern.path("code").asInt())).isEqualTo(finding.path("ruleId").asText());
        }
        assertThat(regexp.matcher(lines.get(lines.size() - 1)).matches()).as("the summary line is no problem").isFalse();
        assertThat(lines).anyMatch(l -> l.contains(": note: "));
        javaScriptAgrees(pattern.path("regexp").asText(), text.out(), findings.size());
    }

    /** VS Code runs the regexp as JavaScript: where node is installed, it must match the same lines there. */
    private static void javaScriptAgrees(String regexp, String output, int expected) throws Exception {
        if (!Programs.onPath("node")) {
            System.out.println("node is not installed: the problem matcher regexp is checked with java.util.regex only");
            return;
        }
        Process node = new ProcessBuilder("node", "-e", "const re = new RegExp(process.argv[1]); let n = 0;"
                + "for (const l of require('fs').readFileSync(0, 'utf8').split('\\n')) { if (re.test(l)) n++; } console.log(n);", regexp)
                .redirectErrorStream(true).start();
        node.getOutputStream().write(output.getBytes(StandardCharsets.UTF_8));
        node.getOutputStream().close();
        String counted = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(counted).isEqualTo(String.valueOf(expected));
    }

    @Test
    void theReadmeIntellijFilterLinksEveryFindingToItsPosition() {
        String filter = ReadmeSnippets.get("intellij-filter").strip();
        // The macros as IntelliJ's RegexpFilter expands them (intellij-community, execution/filters/RegexpFilter.java).
        Pattern pattern = Pattern.compile(Pattern.quote(filter)
                .replace("$FILE_PATH$", "\\E(?<file>(?:\\p{Alpha}\\:)?[0-9 a-z_A-Z\\-\\\\./]+)\\Q")
                .replace("$LINE$", "\\E(?<line>[0-9]+)\\Q")
                .replace("$COLUMN$", "\\E(?<column>[0-9]+)\\Q"));
        String absolute = Path.of(EXAMPLE).toAbsolutePath().toString();
        Cli.Result result = Cli.run(absolute);
        List<String> lines = result.out().lines().toList();
        for (String line : lines.subList(0, lines.size() - 1)) {
            Matcher m = pattern.matcher(line);
            assertThat(m.find()).as(line).isTrue();
            assertThat(m.start()).isZero();
            assertThat(m.group("file")).isEqualTo(absolute);
            assertThat(line).startsWith(m.group("file") + ":" + m.group("line") + ":" + m.group("column") + ": ");
        }
        assertThat(lines).contains(absolute + ":84:11: error: Task 'WaitForWarehouse' has no TimeoutSeconds and waits for a task token that may never be sent: "
                + "the execution waits up to a year [ASL001]");
    }

    @Test
    void colourOnATerminalUnlessNoColorAndNeverInFiles() throws Exception {
        String escape = "\u001b[";
        Terminal tty = new Terminal(new ByteArrayInputStream(new byte[0]), true, Map.of());
        Terminal ttyNoColor = new Terminal(new ByteArrayInputStream(new byte[0]), true, Map.of("NO_COLOR", "1"));
        Terminal pipe = Terminal.detached();
        Path root = Path.of("");
        Cli.Result colored = Cli.run(tty, root, EXAMPLE);
        assertThat(colored.out()).contains(escape + "1;31merror:" + escape + "0m", escape + "1;33mwarning:", escape + "1;36mnote:");
        assertThat(colored.out().replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(Cli.run(pipe, root, EXAMPLE).out());
        assertThat(Cli.run(ttyNoColor, root, EXAMPLE).out()).doesNotContain(escape);
        assertThat(Cli.run(pipe, root, EXAMPLE).out()).doesNotContain(escape);
        assertThat(Cli.run(tty, root, "--color", "never", EXAMPLE).out()).doesNotContain(escape);
        assertThat(Cli.run(pipe, root, "--color", "always", EXAMPLE).out()).contains(escape);
        assertThat(Cli.run(tty, root, "--format", "json", EXAMPLE).out()).doesNotContain(escape);
        Path file = dir.resolve("report.txt");
        Cli.run(tty, root, "--color", "always", "-o", file.toString(), EXAMPLE);
        assertThat(Files.readString(file)).doesNotContain(escape).contains("[ASL001]");
    }
}
