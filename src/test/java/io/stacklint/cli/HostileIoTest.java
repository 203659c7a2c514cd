package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.rules.builtin.BuiltinRules;
import io.stacklint.testing.Cli;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the file system and the console can do to a run: each ends in a clear message and the right exit code. */
class HostileIoTest {
    private static final String TEMPLATE = "testdata/examples/order-workflow.yaml";

    @TempDir
    Path dir;

    private void copyTemplate(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.copy(Path.of(TEMPLATE), file);
    }

    @Test
    void aFifoInAWalkIsReportedNotReadNorSkippedSilently() throws Exception {
        copyTemplate("stacks/app.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("stacks/pipe.yaml").toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available: FIFO test skipped");
        Cli.Result result = Cli.run(dir, "--no-config", "stacks");
        assertThat(result.err()).contains("stacklint: warning: stacks/pipe.yaml: skipped: not a regular file (a FIFO, socket or device)");
        assertThat(result.out()).contains("stacks/app.yaml:");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void excludedFilesAreListedByVerbose() throws IOException {
        copyTemplate("stacks/app.yaml");
        copyTemplate("stacks/legacy/old.yaml");
        Files.writeString(dir.resolve(".stacklint.yaml"), "exclude: [\"stacks/legacy/**\"]\n");
        Cli.Result result = Cli.run(dir, "--verbose", "stacks");
        assertThat(result.err()).contains("linted: stacks/app.yaml").contains("skipped: stacks/legacy/old.yaml: excluded by the configuration");
        assertThat(result.out()).doesNotContain("old.yaml");
    }

    @Test
    void aReportIntoAMissingDirectoryIsAnErrorAndCreatesNothing() {
        Cli.Result result = Cli.run(dir, "--no-config", "-o", "typo/report.sarif", "--format", "sarif", Path.of(TEMPLATE).toAbsolutePath().toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("stacklint: cannot write the report to typo/report.sarif: no such file or directory");
        assertThat(dir.resolve("typo")).doesNotExist();
    }

    @Test
    void aReportFileIsReplacedWholeAndNoTemporaryFileIsLeft() throws IOException {
        Files.writeString(dir.resolve("report.sarif"), "the last good report");
        Cli.Result result = Cli.run(dir, "--no-config", "-o", "report.sarif", "--format", "sarif", Path.of(TEMPLATE).toAbsolutePath().toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(Files.readString(dir.resolve("report.sarif"))).startsWith("{").contains("\"ASL001\"").endsWith("}\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("report.sarif");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("report.sarif")))).isEqualTo("rw-r--r--");
    }

    @Test
    void aReportThatCannotBeWrittenToStandardOutputIsAnIoError() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"--no-config", TEMPLATE}, new PrintWriter(new OutputStreamWriter(full, StandardCharsets.UTF_8), true),
                new PrintWriter(err, true), Path.of("").toAbsolutePath(), BuiltinRules.all());
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("stacklint: cannot write the report to standard output: the write failed");
    }

    @Test
    void aRulePackTreeThatCannotBeReadIsAnIoErrorNamingTheEntries() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "no /proc here: unreadable-tree test skipped");
        copyTemplate("app.yaml");
        Files.writeString(dir.resolve(".stacklint.yaml"), "rules: [/proc]\n");
        Cli.Result result = Cli.run(dir, "app.yaml");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).containsPattern("stacklint: [./]*proc/[^ ]+: cannot be read: ").doesNotContain("internal error");
        assertThat(result.out()).isEmpty();
    }

    /** Stands for a run whose heap is too small for its input. */
    static final class Hungry implements StateRule {
        @Override
        public RuleMeta meta() {
            return RuleMeta.of("TEST002", "hungry", "Runs out of memory", Severity.ERROR, "0.1.0", "test");
        }

        @Override
        public Set<String> stateTypes() {
            return Set.of();
        }

        @Override
        public void check(State state, StateMachine machine, RuleContext context) {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void runningOutOfMemoryNamesTheHeapSettingInsteadOfCallingItABug() {
        List<Rule> rules = new ArrayList<>(BuiltinRules.all());
        rules.add(new Hungry());
        Cli.Result result = Cli.runWithRules(Path.of(""), rules, "--no-config", TEMPLATE);
        assertThat(result.err()).contains("stacklint: out of memory (Java heap space)").contains("STACKLINT_JAVA_OPTS=-Xmx1g")
                .doesNotContain("bug");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
