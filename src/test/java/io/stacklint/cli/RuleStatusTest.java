package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule's status through the command line: a preview rule runs only with {@code --preview}, {@code preview: true} in
 * the configuration, or when enabled by its id or name; a deprecated rule that runs says so once per run.
 */
class RuleStatusTest {
    @TempDir
    Path dir;

    @BeforeEach
    void pack() throws IOException {
        Files.createDirectories(dir.resolve("pack"));
        Files.writeString(dir.resolve("pack/ACME051.yaml"), rule("ACME051", "role-without-x", "preview"));
        Files.writeString(dir.resolve("pack/ACME052.yaml"), rule("ACME052", "old-role-check", "deprecated"));
        for (String name : new String[] {"a.yaml", "b.yaml"}) {
            Files.writeString(dir.resolve(name), "Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties: {}\n");
        }
        Files.writeString(dir.resolve(".stacklint.yaml"), "rules: [pack]\n");
    }

    @Test
    void aPreviewRuleRunsOnlyWhenAskedFor() throws IOException {
        assertThat(Cli.run(dir, "a.yaml").out()).doesNotContain("[ACME051]").contains("[ACME052]");
        assertThat(Cli.run(dir, "--preview", "a.yaml").out()).contains("a.yaml:2:3: warning: x Role [ACME051]");
        assertThat(Cli.run(dir, "--enable", "ACME051", "a.yaml").out()).as("named by id").contains("[ACME051]");
        assertThat(Cli.run(dir, "--enable", "role-without-x", "a.yaml").out()).as("named by name").contains("[ACME051]");
        assertThat(Cli.run(dir, "--enable", "ACME*", "a.yaml").out()).as("a glob only re-enables").doesNotContain("[ACME051]");
        assertThat(Cli.run(dir, "--preview", "--disable", "ACME051", "a.yaml").out()).doesNotContain("[ACME051]");

        Files.writeString(dir.resolve(".stacklint.yaml"), "rules: [pack]\npreview: true\n");
        assertThat(Cli.run(dir, "a.yaml").out()).contains("[ACME051]");
        Files.writeString(dir.resolve(".stacklint.yaml"), "rules: [pack]\nenable: [ACME051]\n");
        assertThat(Cli.run(dir, "a.yaml").out()).contains("[ACME051]");
        Files.writeString(dir.resolve(".stacklint.yaml"), "rules: [pack]\npreview: maybe\n");
        Cli.Result invalid = Cli.run(dir, "a.yaml");
        assertThat(invalid.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(invalid.err()).contains(".stacklint.yaml:2:10: 'preview' is a string; it must be a boolean");
    }

    @Test
    void baselineRecordsPreviewFindingsOnlyWithPreview() throws IOException {
        assertThat(Cli.run(dir, "baseline", "-o", "plain.json", "a.yaml").exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("plain.json"))).doesNotContain("ACME051").contains("ACME052");
        assertThat(Cli.run(dir, "baseline", "--preview", "-o", "preview.json", "a.yaml").exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("preview.json"))).contains("ACME051");
    }

    @Test
    void aDeprecatedRuleThatRunsSaysSoOncePerRun() {
        String warning = "stacklint: warning: rule ACME052 (old-role-check) is deprecated and will be removed;"
                + " see 'stacklint explain ACME052', or disable it\n";
        Cli.Result result = Cli.run(dir, "a.yaml", "b.yaml");
        assertThat(result.out()).contains("a.yaml:2:3: warning: x Role [ACME052]", "b.yaml:2:3: warning: x Role [ACME052]");
        assertThat(result.err()).isEqualTo(warning);
        assertThat(Cli.run(dir, "--disable", "old-role-check", "a.yaml").err()).isEmpty();
    }

    @Test
    void rulesShowsTheStatusOfRulesThatAreNotStable() {
        String out = Cli.run(dir, "rules").out();
        assertThat(out).containsPattern("ACME051 +role-without-x +warning +x  \\[iam\\] \\(preview\\)\n")
                .containsPattern("ACME052 +old-role-check +warning +x  \\[iam\\] \\(deprecated\\)\n")
                .containsPattern("ASL001 +task-without-timeout +warning +Task state has no TimeoutSeconds  \\[[a-z, ]+\\]\n");
        assertThat(Cli.run(dir, "explain", "ACME051").out()).contains("(preview)");
    }

    private static String rule(String id, String name, String status) {
        return "id: " + id + "\nname: " + name + "\ntitle: x\nseverity: warning\nsince: \"1\"\nstatus: " + status + "\ntags: [iam]\nselect:\n"
                + "  cfn-resource: AWS::IAM::Role\nrequire: {path: Properties/X, present: true}\nmessage: \"x {logicalId}\"\nreport-at: .\n";
    }
}
