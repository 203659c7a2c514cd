package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which command lines make the built-in rules ahead, on a second thread, while picocli sets up. */
class StartupWorkTest {
    @Test
    void onlyRunsThatLintFilesMakeTheRulesAhead() {
        assertThat(Main.lintsFiles(new String[] {"template.yaml"})).isTrue();
        assertThat(Main.lintsFiles(new String[] {"--no-config", "lint", "a.yaml"})).isTrue();
        assertThat(Main.lintsFiles(new String[] {"baseline", "-o", "b.json", "a.yaml"})).isTrue();
        assertThat(Main.lintsFiles(new String[] {"--version"})).isFalse();
        assertThat(Main.lintsFiles(new String[] {"lint", "--help"})).isFalse();
        assertThat(Main.lintsFiles(new String[] {"rules"})).isFalse();
        assertThat(Main.lintsFiles(new String[] {"explain", "ASL001"})).isFalse();
        assertThat(Main.lintsFiles(new String[] {})).isTrue();
    }
}
