package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Linting on several threads gives the report of a serial run, in content and in order, byte for byte. */
class ParallelRunTest {
    private static void sameReport(String path, String format) {
        Cli.Result serial = Cli.run(Path.of(""), "--no-config", "--fail-on", "none", "--format", format, "--jobs", "1", path);
        Cli.Result parallel = Cli.run(Path.of(""), "--no-config", "--fail-on", "none", "--format", format, "--jobs", "4", path);
        assertThat(serial.out()).as("a report with findings").contains("ASL001");
        assertThat(parallel.out()).isEqualTo(serial.out());
        assertThat(parallel.err()).isEqualTo(serial.err());
        assertThat(parallel.exitCode()).isEqualTo(serial.exitCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "sarif"})
    void testdataGivesTheSerialReport(String format) {
        sameReport("testdata", format);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text"})
    void theCorpusGivesTheSerialReport(String format) {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("../shared/corpus")), "../shared/corpus is absent: corpus comparison skipped");
        sameReport("../shared/corpus", format);
    }

    @org.junit.jupiter.api.Test
    void jobsMustBePositive() {
        Cli.Result result = Cli.run(Path.of(""), "--jobs", "0", "testdata/examples");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--jobs must be 1 or more, not 0");
    }
}
