package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stacklint.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stacklint baseline} records findings; {@code --baseline} reports only those not recorded. */
class BaselineTest {
    private static final String TEMPLATE = """
            Resources:
              Flow:
                Type: AWS::StepFunctions::StateMachine
                Metadata: {stacklint: {ignore: [CFN001, CFN010, CFN011]}}
                Properties:
                  Definition:
                    StartAt: Charge
                    States:
                      Charge: {Type: Task, Resource: "arn:aws:states:::sns:publish", Next: Ship}
                      Ship: {Type: Task, Resource: "arn:aws:states:::sqs:sendMessage", End: true}
                  RoleArn: arn:aws:iam::111122223333:role/flow
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void template() throws Exception {
        Files.writeString(dir.resolve("flow.yaml"), TEMPLATE);
    }

    @Test
    void recordedFindingsAreNotReportedEvenWhenLinesMove() throws Exception {
        Cli.Result recorded = Cli.run(dir, "baseline", "-o", "baseline.json", "flow.yaml");
        assertThat(recorded.exitCode()).isZero();
        assertThat(recorded.out()).isEmpty();
        JsonNode file = new ObjectMapper().readTree(dir.resolve("baseline.json").toFile());
        assertThat(file.path("findings")).hasSize(2);
        assertThat(file.at("/findings/0/ruleId").asText()).isEqualTo("ASL001");
        assertThat(file.at("/findings/0/file").asText()).isEqualTo("flow.yaml");

        // Lines added above, and a new state without a timeout.
        Files.writeString(dir.resolve("flow.yaml"), "# owned by the orders team\n\n" + TEMPLATE
                .replace("Next: Ship}", "Next: Pack}\n          Pack: {Type: Task, Resource: \"arn:aws:states:::sqs:sendMessage\", Next: Ship}"));
        Cli.Result lint = Cli.run(dir, "--baseline", "baseline.json", "flow.yaml");
        assertThat(lint.exitCode()).isZero();
        assertThat(lint.out().lines()).containsExactly(
                "flow.yaml:12:11: warning: Task 'Pack' has no TimeoutSeconds: if the call hangs, the execution waits up to a year [ASL001]",
                "0 errors, 1 warning, 0 notes in 1 file (3 suppressed, 2 in the baseline).");
        assertThat(Cli.run(dir, "--baseline", "baseline.json", "--fail-on", "warning", "flow.yaml").exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void aFindingThatNowHoldsInOneDeploymentVariantOnlyIsStillTheRecordedOne() throws Exception {
        assertThat(Cli.run(dir, "baseline", "-o", "baseline.json", "flow.yaml").exitCode()).isZero();
        // Charge gets a timeout in production only: its finding now says so, and is still the one in the baseline
        // (fingerprints do not hold the message, so a baseline written before variants were named stays valid).
        Files.writeString(dir.resolve("flow.yaml"), "Conditions:\n  IsProd: !Equals [!Ref AWS::Region, eu-west-1]\n" + TEMPLATE
                .replace("sns:publish\", Next: Ship}", "sns:publish\", TimeoutSeconds: !If [IsProd, 30, !Ref AWS::NoValue], Next: Ship}"));
        Cli.Result lint = Cli.run(dir, "--fail-on", "warning", "flow.yaml");
        assertThat(lint.out()).contains("Task 'Charge' has no TimeoutSeconds: if the call hangs, the execution waits up to a year (when IsProd is false) [ASL001]");
        Cli.Result against = Cli.run(dir, "--baseline", "baseline.json", "--fail-on", "warning", "flow.yaml");
        assertThat(against.exitCode()).isZero();
        assertThat(against.out().lines()).containsExactly("No problems found in 1 file (3 suppressed, 2 in the baseline).");
    }

    @Test
    void sarifMarksNewUnchangedAndAbsentAndVerboseListsStaleEntries() throws Exception {
        assertThat(Cli.run(dir, "baseline", "-o", "baseline.json", ".").exitCode()).isZero();
        // Ship gets its timeout (its finding is fixed), Pack arrives without one.
        Files.writeString(dir.resolve("flow.yaml"), TEMPLATE
                .replace("Next: Ship}", "Next: Pack}\n          Pack: {Type: Task, Resource: \"arn:aws:states:::sqs:sendMessage\", Next: Ship}")
                .replace("sendMessage\", End: true}", "sendMessage\", TimeoutSeconds: 30, End: true}"));
        Cli.Result sarif = Cli.run(dir, "--baseline", "baseline.json", "--format", "sarif", "--verbose", "flow.yaml");
        List<String> states = new ArrayList<>();
        for (JsonNode result : new ObjectMapper().readTree(sarif.out()).at("/runs/0/results")) {
            if (result.has("suppressions")) {
                continue;
            }
            states.add(result.path("baselineState").asText() + " " + result.at("/message/text").asText().replaceAll(" has no.*", ""));
        }
        assertThat(states).containsExactly("unchanged Task 'Charge'", "new Task 'Pack'", "absent Task 'Ship'");
        assertThat(io.stacklint.report.SarifReporterTest.officialSchema().validate(new ObjectMapper().readTree(sarif.out()))).isEmpty();
        assertThat(sarif.err()).contains("baseline: no longer found: flow.yaml:10:11: Task 'Ship' has no TimeoutSeconds");
        assertThat(Cli.run(dir, "--baseline", "baseline.json", "flow.yaml").err()).doesNotContain("no longer found");
    }

    @Test
    void aBaselineNeedsAnOutputAndABrokenOneIsAUsageError() throws Exception {
        Cli.Result missing = Cli.run(dir, "baseline", "flow.yaml");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("-o FILE is required");
        Files.writeString(dir.resolve("broken.json"), "{\"version\": 1, \"findings\": [\n");
        Cli.Result broken = Cli.run(dir, "--baseline", "broken.json", "flow.yaml");
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(broken.err()).startsWith("stacklint: --baseline broken.json: not a stacklint baseline: ").contains("line 2");
        Cli.Result absent = Cli.run(dir, "--baseline", "nowhere.json", "flow.yaml");
        assertThat(absent.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(absent.err()).contains("no such file or directory");
    }
}
