package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.testing.Cli;
import org.junit.jupiter.api.Test;

/** {@code --enable}, {@code --disable} and {@code --severity} take id prefixes and globs as well as ids and names. */
class RulePatternsTest {
    private static final String EXAMPLE = "testdata/examples/order-workflow.yaml";

    @Test
    void aGlobOrAPrefixDisablesAFamilyOfRules() {
        assertThat(Cli.run(EXAMPLE).out()).contains("[IAM002]", "[IAM004]", "[ASL001]", "[CFN003]");
        for (String pattern : new String[] {"IAM*", "iam"}) {
            Cli.Result result = Cli.run("--disable", pattern, EXAMPLE);
            assertThat(result.err()).as(pattern).isEmpty();
            assertThat(result.out()).as(pattern).doesNotContain("[IAM").contains("[ASL001]", "[CFN003]");
        }
        // '?' is one character: IAM00? is IAM001-IAM009, not the least-privilege rules IAM02x.
        Cli.Result single = Cli.run("--disable", "IAM00?", EXAMPLE);
        assertThat(single.err()).isEmpty();
        assertThat(single.out()).doesNotContain("[IAM00").contains("[IAM020]", "[ASL001]", "[CFN003]");
        assertThat(Cli.run("--disable", "ASL*,CFN0*", EXAMPLE).out()).doesNotContain("[ASL", "[CFN").contains("[IAM002]");
        assertThat(Cli.run("--disable", "*-wildcard-*", EXAMPLE).out()).doesNotContain("[IAM004]").contains("[IAM002]");
    }

    @Test
    void aPatternSetsSeverityAndEnableNarrowsADisable() {
        Cli.Result severity = Cli.run("--severity", "IAM*=error", EXAMPLE);
        assertThat(severity.out()).contains(":48:25: error: ", "[IAM004]").doesNotContain("warning: Action 'lambda:*'");
        Cli.Result narrowed = Cli.run("--disable", "IAM*", "--enable", "IAM002", EXAMPLE);
        assertThat(narrowed.out()).contains("[IAM002]").doesNotContain("[IAM004]");
    }

    @Test
    void aPatternThatMatchesNothingIsAUsageError() {
        Cli.Result result = Cli.run("--disable", "ZZZ*", EXAMPLE);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--disable: unknown rule 'ZZZ*': no rule id, name, id prefix or glob matches it");
    }
}
