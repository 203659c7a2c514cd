package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --skip-unrecognized}: what the pre-commit hook passes, so that staged YAML that is no template passes silently. */
class SkipUnrecognizedTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void namedFilesThatAreNoTemplatePassSilentlyOnlyWithTheFlag() throws IOException {
        write(".github/workflows/ci.yml", "on: push\njobs: {}\n");
        write("package.json", "{\"name\": \"x\"}\n");
        Cli.Result hook = Cli.run(dir, "lint", "--skip-unrecognized", ".github/workflows/ci.yml", "package.json");
        assertThat(hook.exitCode()).isZero();
        assertThat(hook.out()).isEqualTo("No problems found in 0 files.\n");
        assertThat(hook.err()).isEmpty();

        Cli.Result byHand = Cli.run(dir, "lint", ".github/workflows/ci.yml");
        assertThat(byHand.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(byHand.out()).contains(".github/workflows/ci.yml:1:1: error: ", "[PARSE004]");
    }

    @Test
    void templatesAndDefinitionsAreStillLintedAndBrokenTemplatesStillReported() throws IOException {
        write("flow.asl.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"Nowhere\"}}}\n");
        write("broken.yaml", "Resources:\n  A: [\n");
        write("notes.yaml", "title: [unclosed\n");
        Cli.Result hook = Cli.run(dir, "lint", "--skip-unrecognized", "--verbose", "flow.asl.json", "broken.yaml", "notes.yaml");
        assertThat(hook.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(hook.out()).contains("flow.asl.json:1:", "[ASL149]", "broken.yaml:").doesNotContain("notes.yaml");
        assertThat(hook.err()).contains("skipped: notes.yaml: does not parse and does not look like a template");
    }
}
