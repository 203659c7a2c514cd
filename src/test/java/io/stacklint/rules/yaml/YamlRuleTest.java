package io.stacklint.rules.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.SourceModels;
import io.stacklint.parse.TreeParser;
import io.stacklint.report.TextReporter;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.engine.Linter;
import io.stacklint.rules.engine.RuleRegistry;
import io.stacklint.rules.engine.RuleSettings;
import io.stacklint.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The selectors, paths, conditions, placements and messages of the rule language, one behaviour each. */
class YamlRuleTest {
    private static final String TEMPLATE = """
            Resources:
              Flow:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  StateMachineType: EXPRESS
                  Definition:
                    TimeoutSeconds: 60
                    StartAt: Work
                    States:
                      Work:
                        Type: Task
                        Resource: !Sub arn:${AWS::Partition}:states:::lambda:invoke
                        Retry:
                          - ErrorEquals: [States.ALL]
                            MaxAttempts: 12
                          - ErrorEquals: [Lambda.ServiceException]
                            MaxAttempts: 2
                        Next: Fan
                      Fan:
                        Type: Parallel
                        Branches:
                          - StartAt: Inner
                            States:
                              Inner:
                                Type: Wait
                                Seconds: 5
                                End: true
                        End: true
              Role:
                Type: AWS::IAM::Role
                Properties:
                  Policies:
                    - PolicyName: p
                      PolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Action: [s3:GetObject, "s3:*"]
                            Resource: "*"
            """;

    private static List<String> lint(String rule) {
        return lint(rule, TEMPLATE);
    }

    private static List<String> lint(String rule, String template) {
        List<io.stacklint.source.Problem> problems = new ArrayList<>();
        YamlRule compiled = YamlRuleLoader.compile(SourceFile.of("rule.yaml", """
                id: TEST001
                name: test-rule
                title: t
                severity: warning
                since: "1"
                """ + rule), problems);
        assertThat(problems).isEmpty();
        Linter linter = new Linter(new RuleRegistry(List.<Rule>of(compiled)), RuleSettings.defaults());
        Linter.Result result = linter.lint(SourceModels.of(TreeParser.parse(SourceFile.of("t.yaml", template))));
        assertThat(result.failures()).isEmpty();
        return result.findings().stream().map(TextReporter::line).toList();
    }

    @Test
    void booleansCompareAsCloudFormationReadsThemInPropertiesAndAsStepFunctionsDoesInDefinitions() {
        String template = """
                Resources:
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      TracingConfiguration: {Enabled: "TRUE"}
                      LoggingConfiguration: {IncludeExecutionData: True}
                      Definition:
                        StartAt: Work
                        States:
                          Work: {Type: Pass, End: "true"}
                """;
        assertThat(lint("select: {cfn-resource: AWS::StepFunctions::StateMachine}\nwhen: {path: Properties/TracingConfiguration/Enabled, equals: true}\nmessage: m\n", template))
                .as("the string TRUE is true to CloudFormation").hasSize(1);
        assertThat(lint("select: {cfn-resource: AWS::StepFunctions::StateMachine}\nwhen: {path: Properties/LoggingConfiguration/IncludeExecutionData, equals: true}\nmessage: m\n", template))
                .as("a YAML True is true").hasSize(1);
        assertThat(lint("select: {asl-state: Pass}\nwhen: {path: End, equals: true}\nmessage: m\n", template))
                .as("a string is no boolean to Step Functions").isEmpty();
    }

    @Test
    void asDeployedReadsASamStateMachineAsTheStepFunctionsResourceItDeploysAs() {
        String template = """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Sam:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      Type: EXPRESS
                      Tracing: {Enabled: false}
                      Definition: {StartAt: Done, States: {Done: {Type: Succeed}}}
                  Plain:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      StateMachineType: EXPRESS
                      TracingConfiguration: {Enabled: false}
                      Definition: {StartAt: Done, States: {Done: {Type: Succeed}}}
                """;
        String rule = "  cfn-resource: AWS::StepFunctions::StateMachine\n"
                + "when: {all-of: [{path: Properties/StateMachineType, equals: EXPRESS}, {path: Properties/TracingConfiguration/Enabled, equals: false}]}\n"
                + "message: \"{logicalId} is {type}\"\n";
        assertThat(lint("select:\n  as-deployed: true\n" + rule, template)).as("at the Enabled each writes, once each")
                .containsExactly("t.yaml:7:26: warning: Sam is AWS::StepFunctions::StateMachine [TEST001]",
                        "t.yaml:13:39: warning: Plain is AWS::StepFunctions::StateMachine [TEST001]");
        assertThat(lint("select:\n" + rule, template)).as("without it, as written").containsExactly(
                "t.yaml:13:39: warning: Plain is AWS::StepFunctions::StateMachine [TEST001]");
        assertThat(lint("select:\n  as-deployed: true\n  cfn-resource: [AWS::StepFunctions::StateMachine, AWS::Serverless::StateMachine]\n"
                + "when: {path: Properties/Tracing, present: true}\nmessage: m\n", template)).as("never the SAM spelling twice").isEmpty();
    }

    @Test
    void asDeployedOnlyGoesWithResources() {
        List<io.stacklint.source.Problem> problems = new ArrayList<>();
        YamlRuleLoader.compile(SourceFile.of("rule.yaml", """
                id: TEST001
                name: test-rule
                title: t
                severity: note
                since: "1"
                select: {asl-machine: true, as-deployed: true}
                when: {path: StartAt, present: true}
                message: m
                """), problems);
        assertThat(problems).extracting(io.stacklint.source.Problem::message)
                .containsExactly("'as-deployed' (read SAM resources as what they deploy) only goes with 'cfn-resource'");
    }

    @Test
    void statesAtAnyDepthByTypeAndResourceGlob() {
        assertThat(lint("select: {asl-state: Wait}\nwhen: {path: Seconds, gte: 5}\nmessage: \"{state} waits {value}\"\n"))
                .containsExactly("t.yaml:26:30: warning: Inner waits 5 [TEST001]");
        assertThat(lint("select: {asl-state: Task, resource: \"arn:*:states:::lambda:*\"}\nwhen: {path: \"@express\", equals: true}\nreport-at: .\nmessage: \"{state} in {machine}\"\n"))
                .containsExactly("t.yaml:10:11: warning: Work in Flow [TEST001]");
    }

    @Test
    void pathsBelowTheSelectionAndBackUp() {
        // Each Retry entry; '..' is the Retry list, '../..' the state; $machine is the whole definition.
        assertThat(lint("""
                select: {asl-state: "*", path: Retry/*}
                when:
                  all-of:
                    - {path: MaxAttempts, gt: 10}
                    - {path: ../../Next, equals: Fan}
                    - {path: $machine/TimeoutSeconds, lte: 60}
                report-at: MaxAttempts
                message: "{state}: {path}"
                """)).containsExactly("t.yaml:15:17: warning: Work: Resources/Flow/Properties/Definition/TimeoutSeconds [TEST001]");
    }

    @Test
    void eachAndSomeOverListsAndSingleValues() {
        assertThat(lint("""
                select: {iam-statement: Allow}
                when: {path: Action, some: {matches: ':\\*$'}}
                message: "{logicalId}"
                """)).as("a regex on some item").hasSize(1);
        assertThat(lint("select: {iam-statement: any}\nwhen: {path: Resource, each: {equals: \"*\"}}\nreport-at: Resource\nmessage: \"{logicalId} on every resource\"\n"))
                .containsExactly("t.yaml:39:17: warning: Role on every resource [TEST001]");
    }

    @Test
    void aMissingFieldPointsAtItsNearestPresentAncestor() {
        assertThat(lint("select: {cfn-resource: \"AWS::StepFunctions::*\"}\nrequire: {path: Properties/TracingConfiguration/Enabled, equals: true}\nmessage: \"{path} is {value}\"\n"))
                .containsExactly("t.yaml:4:5: warning: Resources/Flow/Properties/TracingConfiguration/Enabled is (absent) [TEST001]");
    }

    @Test
    void wholeMachinesAndCasesInOrder() {
        assertThat(lint("""
                select: {asl-machine: true}
                cases:
                  - when: {path: StartAt, equals: Nowhere}
                    message: "never"
                  - when: {path: States/Work/Retry, type: list}
                    severity: error
                    message: "{machine} retries"
                  - message: "default"
                """)).as("at the value that decided").containsExactly("t.yaml:14:15: error: Flow retries [TEST001]");
    }

    @Test
    void deployTimeValuesAreSymbolic() {
        assertThat(lint("select: {asl-state: Task}\nwhen: {path: Resource, symbolic: true}\nmessage: \"{state} {@resource}\"\n"))
                .containsExactly("t.yaml:12:23: warning: Work arn:${AWS::Partition}:states:::lambda:invoke [TEST001]");
    }

    @Test
    void integrationAttributesComeFromTheCatalogsReadingOfTheResource() {
        assertThat(lint("select: {asl-state: Task}\nwhen: {path: \"@integration\", equals: optimized}\n"
                + "message: \"{state} {@service} {@action} {@pattern}\"\n"))
                .containsExactly("t.yaml:10:11: warning: Work lambda invoke request-response [TEST001]");
        assertThat(lint("select: {asl-state: Task}\nwhen: {path: \"@pattern\", equals: sync}\nmessage: \"{state}\"\n")).isEmpty();
        assertThat(lint("select: {asl-state: Wait}\nwhen: {path: \"@integration\", present: true}\nmessage: \"{state}\"\n"))
                .as("only Tasks have an integration").isEmpty();
    }
}
