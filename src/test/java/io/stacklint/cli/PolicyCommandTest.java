package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stacklint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stacklint policy} through the real command line: what it prints can be pasted into the template. */
class PolicyCommandTest {
    private static final Path ROUND_TRIP = Path.of("testdata/policy/round-trip.yaml");
    private static final String MARKER = "      # stacklint policy output goes here\n";

    @Test
    void thePrintedPolicyPastedIntoTheRoleLeavesNothingMissingAndNothingUnused(@TempDir Path dir) throws IOException {
        String template = Files.readString(ROUND_TRIP);
        Path before = dir.resolve("before.yaml");
        Files.writeString(before, template);
        // Without a policy the role misses what the states need: the round trip below has something to prove.
        assertThat(Cli.run(dir, "lint", "--no-config", "before.yaml").out()).contains("[IAM020]");

        Cli.Result policy = Cli.run(dir, "policy", "before.yaml", "--machine", "Flow");
        assertThat(policy.exitCode()).as(policy.err()).isZero();
        assertThat(policy.out()).contains("- PolicyName: Flow-least-privilege", "!GetAtt Work.Arn", "!GetAtt Orders.Arn", "!Ref Alerts",
                "!GetAtt TaskRole.Arn", "iam:PassRole", "logs:CreateLogDelivery", "xray:PutTraceSegments", "!GetAtt FlowKey.Arn");
        String indented = policy.out().lines().map(l -> l.isEmpty() ? l : "        " + l).collect(Collectors.joining("\n", "", "\n"));
        Path after = dir.resolve("after.yaml");
        Files.writeString(after, template.replace(MARKER, "      Policies:\n" + indented));

        Cli.Result lint = Cli.run(dir, "lint", "--no-config", "after.yaml");
        assertThat(lint.out()).as(Files.readString(after)).doesNotContain("[IAM020]", "[IAM021]", "[PARSE");
    }

    @Test
    void jsonGivesThePolicyInLongFormIntrinsicsAndWhatCouldNotBeWorkedOutAsAList(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t.yaml"), """
                Resources:
                  Jobs: {Type: AWS::SQS::Queue}
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement: [{Effect: Allow, Principal: {Service: states.amazonaws.com}, Action: sts:AssumeRole}]
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      RoleArn: !GetAtt Role.Arn
                      Definition:
                        StartAt: Send
                        States:
                          Send:
                            Type: Task
                            Resource: arn:aws:states:::sqs:sendMessage
                            Parameters: {QueueUrl: !Ref Jobs, MessageBody.$: $}
                            End: true
                  Elsewhere:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      RoleArn: !GetAtt Role.Arn
                      DefinitionS3Location: {Bucket: definitions, Key: flow.asl.json}
                """);
        Cli.Result result = Cli.run(dir, "policy", "--format", "json", "t.yaml");
        // A state machine whose definition is not read cannot be given its whole policy: exit code 1, as for findings.
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        JsonNode policies = new ObjectMapper().readTree(result.out()).get("policies");
        assertThat(policies).hasSize(2);
        JsonNode flow = policies.get(0);
        assertThat(flow.get("machine").asText()).isEqualTo("Flow");
        assertThat(flow.get("role").asText()).isEqualTo("Role");
        JsonNode statement = flow.at("/PolicyDocument/Statement/0");
        assertThat(statement.get("Action").get(0).asText()).isEqualTo("sqs:SendMessage");
        assertThat(statement.at("/Resource/0/Fn::GetAtt").toString()).isEqualTo("[\"Jobs\",\"Arn\"]");
        assertThat(flow.get("unresolved")).isEmpty();
        assertThat(policies.get(1).get("unresolved")).isNotEmpty();
    }

    @Test
    void yamlSaysAsACommentWhatCouldNotBeWorkedOut(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t.yaml"), """
                Resources:
                  Elsewhere:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      RoleArn: arn:aws:iam::123456789012:role/flow
                      DefinitionS3Location: {Bucket: definitions, Key: flow.asl.json}
                """);
        Cli.Result result = Cli.run(dir, "policy", "t.yaml");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("# State machine 'Elsewhere' (t.yaml:2)", "# not worked out: ");
    }

    @Test
    void anUnknownMachineOrPathIsAUsageError(@TempDir Path dir) throws IOException {
        Files.copy(ROUND_TRIP, dir.resolve("t.yaml"));
        Cli.Result unknown = Cli.run(dir, "policy", "t.yaml", "--machine", "Nope");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no state machine 'Nope' found");
        Cli.Result missing = Cli.run(dir, "policy", "missing.yaml");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("missing.yaml: no such file or directory");
    }
}
