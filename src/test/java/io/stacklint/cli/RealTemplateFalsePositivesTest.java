package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.testing.Cli;
import org.junit.jupiter.api.Test;

/** What real templates showed stacklint reading differently from the tools that deploy them, through the CLI. */
class RealTemplateFalsePositivesTest {
    @Test
    void statesNamedYesAndNoAreReachedByUnquotedNextAndDefault() {
        Cli.Result result = Cli.run("--format", "text", "testdata/rules/PARSE006/bad.yaml");
        assertThat(result.out()).contains("[PARSE006]").doesNotContain("ASL150").doesNotContain("ASL147")
                .doesNotContain("ASL151");
        assertThat(result.out().lines().filter(l -> l.endsWith("[PARSE006]"))).hasSize(1);
    }
}
