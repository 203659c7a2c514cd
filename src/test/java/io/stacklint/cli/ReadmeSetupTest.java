package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's set-up command ends with exit code 1, and the README says why with the counts the run prints. */
class ReadmeSetupTest {
    @Test
    void theExplainedExitCodeAndCountsAreWhatTheExampleGives() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains("java -jar target/stacklint.jar testdata/examples/order-workflow.yaml\n```");
        Matcher claim = Pattern.compile("stacklint prints (\\d+) findings, (\\d+) of them errors, and exit code 1").matcher(readme);
        assertThat(claim.find()).as("the README explains the exit code 1 of the set-up command").isTrue();
        Cli.Result run = Cli.run("testdata/examples/order-workflow.yaml");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        String summary = run.out().lines().reduce((a, b) -> b).orElseThrow();
        Matcher counts = Pattern.compile("(\\d+) errors, (\\d+) warnings, (\\d+) notes").matcher(summary);
        assertThat(counts.find()).isTrue();
        int total = Integer.parseInt(counts.group(1)) + Integer.parseInt(counts.group(2)) + Integer.parseInt(counts.group(3));
        assertThat(claim.group(1)).isEqualTo(String.valueOf(total));
        assertThat(claim.group(2)).isEqualTo(counts.group(1));
    }
}
