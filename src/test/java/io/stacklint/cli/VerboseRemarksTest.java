package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.testing.Cli;
import org.junit.jupiter.api.Test;

/** What a rule leaves unjudged is said with --verbose, so that its silence is not taken for approval. */
class VerboseRemarksTest {
    private static final String UNKNOWN_ROLES = "testdata/rules/IAM020/good-unknown.yaml";

    @Test
    void verboseSaysWhichRolesTheLeastPrivilegeCheckCouldNotJudge() {
        Cli.Result result = Cli.run("--verbose", UNKNOWN_ROLES);
        assertThat(result.out()).doesNotContain("[IAM020]");
        assertThat(result.err())
                .containsPattern("remark: testdata/rules/IAM020/good-unknown\\.yaml:\\d+:3: IAM020 did not judge: the role of state machine 'FromParameter' is not one of this template")
                .contains("state machine 'FromImport'", "state machine 'FromArn'");
    }

    @Test
    void remarksAreNotShownWithoutVerboseAndAreNoFindings() {
        Cli.Result quiet = Cli.run(UNKNOWN_ROLES);
        assertThat(quiet.err()).doesNotContain("remark:");
        assertThat(Cli.run("--verbose", UNKNOWN_ROLES).exitCode()).isEqualTo(quiet.exitCode());
    }
}
