package io.stacklint.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.asl.Transition;
import io.stacklint.model.cfn.Reference;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.parse.TreeParser;
import io.stacklint.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {
    private static SourceModel model(String name, String text) {
        return SourceModels.of(TreeParser.parse(SourceFile.of(name, text)));
    }

    @Test
    void templateSectionsAndResourceAttributes() {
        Template template = model("t.yaml", """
                Parameters: {Stage: {Type: String}}
                Conditions: {IsProd: !Equals [!Ref Stage, prod]}
                Mappings: {Sizes: {prod: {Memory: 512}}}
                Resources:
                  Queue:
                    Type: AWS::SQS::Queue
                    Condition: IsProd
                    DependsOn: [Topic]
                    Metadata: {owner: team}
                  Topic: {Type: AWS::SNS::Topic}
                Outputs: {QueueUrl: {Value: !Ref Queue}}
                """).template();
        assertThat(template.parameters()).extracting(e -> e.name()).containsExactly("Stage");
        assertThat(template.conditions()).extracting(e -> e.name()).containsExactly("IsProd");
        assertThat(template.mappings()).extracting(e -> e.name()).containsExactly("Sizes");
        assertThat(template.outputs()).extracting(e -> e.name()).containsExactly("QueueUrl");
        var queue = template.resource("Queue").orElseThrow();
        assertThat(queue.type()).isEqualTo("AWS::SQS::Queue");
        assertThat(queue.condition().text()).isEqualTo("IsProd");
        assertThat(queue.dependsOn()).extracting(d -> d.value()).containsExactly("Topic");
        assertThat(queue.metadata().text("owner")).isEqualTo("team");
        assertThat(queue.key().span().startPosition().toString()).isEqualTo("5:3");
    }

    @Test
    void referencesOfEveryKindWithTheirPositions() {
        List<Reference> refs = model("t.yaml", """
                Resources:
                  A:
                    Type: AWS::SNS::Topic
                    Condition: C1
                    DependsOn: B
                    Properties:
                      TopicName: !Sub "${AWS::StackName}-${B.Name}-${!Literal}-${Local}"
                      Other: !Sub ["${Local}", {Local: !Ref P}]
                      Att: !GetAtt [B, Arn]
                      Map: !FindInMap [M, k, v]
                      Pick: !If [C2, a, b]
                """).references();
        assertThat(refs).extracting(r -> r.kind() + " " + r.target() + (r.attribute() == null ? "" : "." + r.attribute()) + " @" + r.node().span().startPosition())
                .containsExactlyInAnyOrder(
                        "SUB AWS::StackName @7:24", "SUB B.Name @7:42", "SUB Local @7:64",
                        "REF P @8:45", "GET_ATT B.Arn @9:21", "FIND_IN_MAP M @10:24", "CONDITION C2 @11:18",
                        "CONDITION C1 @4:16", "DEPENDS_ON B @5:16");
    }

    @Test
    void stateMachineModelWithNestedScopesAndTransitions() {
        StateMachine machine = model("flow.asl.json", """
                {"StartAt": "Pick", "States": {
                  "Pick": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "Fan"}], "Default": "Done"},
                  "Fan": {"Type": "Parallel", "Next": "Done", "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Done"}],
                          "Branches": [{"StartAt": "B1", "States": {"B1": {"Type": "Pass", "End": true}}}]},
                  "Loop": {"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "M1", "States": {"M1": {"Type": "Succeed"}}}},
                  "Done": {"Type": "Succeed"}
                }}
                """).stateMachines().get(0);
        assertThat(machine.definition().startAt().text()).isEqualTo("Pick");
        assertThat(machine.definition().allStates()).extracting(State::name).containsExactly("Pick", "Fan", "B1", "Loop", "M1", "Done");
        State pick = machine.definition().state("Pick");
        assertThat(pick.transitions()).extracting(t -> t.kind() + ">" + t.targetName()).containsExactly("CHOICE>Fan", "DEFAULT>Done");
        State fan = machine.definition().state("Fan");
        assertThat(fan.transitions()).extracting(Transition::kind).containsExactly(Transition.Kind.NEXT, Transition.Kind.CATCH);
        assertThat(fan.children().get(0).state("B1").scope()).isNotSameAs(machine.definition());
        assertThat(fan.catchers().get(0).matchesAll()).isTrue();
        assertThat(machine.definition().state("Done").isTerminal()).isTrue();
        assertThat(pick.key().span().startPosition().toString()).isEqualTo("2:3");
    }

    @Test
    void policyStatementsFromRolesPoliciesAndSamFunctions() {
        List<PolicyStatement> statements = model("t.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: x}, Action: sts:AssumeRole}]}
                      Policies:
                        - PolicyName: p
                          PolicyDocument: {Statement: [{Effect: Allow, Action: [s3:GetObject], Resource: "*", Condition: {Bool: {aws:SecureTransport: true}}}]}
                  Managed:
                    Type: AWS::IAM::ManagedPolicy
                    Properties: {PolicyDocument: {Statement: [{Effect: Deny, NotAction: "s3:*", NotResource: arn:aws:s3:::b}]}}
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Policies: [AWSLambdaBasicExecutionRole, {Statement: [{Effect: Allow, Action: "sqs:*", Resource: "*"}]}]
                """).policyStatements();
        assertThat(statements).extracting(s -> s.owner().logicalId()).containsExactly("Role", "Managed", "Fn");
        assertThat(statements.get(0).actions()).extracting(a -> a.value()).containsExactly("s3:GetObject");
        assertThat(statements.get(0).hasCondition()).isTrue();
        assertThat(statements.get(1).isAllow()).isFalse();
        assertThat(statements.get(1).notActions()).extracting(a -> a.value()).containsExactly("s3:*");
        assertThat(statements.get(1).notResources()).extracting(a -> a.value()).containsExactly("arn:aws:s3:::b");
        assertThat(statements.get(2).resources().get(0).span().startPosition().line()).isEqualTo(16);
    }
}
