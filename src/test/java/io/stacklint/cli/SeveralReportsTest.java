package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several reports in one run: each --format starts a report, and its -o says where it goes. */
class SeveralReportsTest {
    private static final String EXAMPLE = "testdata/examples/order-workflow.yaml";

    @Test
    void sarifToAFileAndTextToTheConsoleInOneRun(@TempDir Path dir) throws Exception {
        Path sarif = dir.resolve("a.sarif");
        Path junit = java.nio.file.Files.createDirectories(dir.resolve("reports")).resolve("junit.xml");
        Cli.Result result = Cli.run("--format", "sarif", "-o", sarif.toString(), "--format", "text", "--format", "junit", "-o", junit.toString(), EXAMPLE);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(result.out()).isEqualTo(Cli.run(EXAMPLE).out());
        assertThat(result.err()).isEmpty();
        assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"", "\"ruleId\" : \"ASL001\"");
        assertThat(Files.readString(junit)).startsWith("<?xml").contains("<testcase classname=\"" + EXAMPLE + "\" name=\"ASL001 task-without-timeout\">");
    }

    @Test
    void theOutputMayComeFirstAndAllFilesLeaveTheVerdictOnStderr(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        Cli.Result result = Cli.run("-o", json.toString(), "--format", "json", EXAMPLE);
        assertThat(result.out()).isEmpty();
        String summary = Cli.run(EXAMPLE).out().lines().reduce((first, last) -> last).orElseThrow();
        assertThat(summary).matches("\\d+ errors, \\d+ warnings, \\d+ notes in 1 file\\.");
        assertThat(result.err()).isEqualTo(summary + "\n");
        assertThat(Files.readString(json)).startsWith("[");
    }

    @Test
    void twoReportsCannotShareStandardOutput() {
        Cli.Result result = Cli.run("--format", "sarif", "--format", "json", EXAMPLE);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("only one report can go to standard output");
    }
}
