package io.stacklint.rules.builtin.asl.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.SourceModel;
import io.stacklint.model.SourceModels;
import io.stacklint.parse.TreeParser;
import io.stacklint.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cases the rule fixtures do not show well: where findings land, and what stays quiet. */
class StructureValidationTest {
    private static List<String> problems(String name, String text) {
        SourceModel model = SourceModels.of(TreeParser.parse(SourceFile.of(name, text)));
        return StructureValidation.all(model.stateMachines().get(0)).stream()
                .map(p -> p.node().span().startPosition().line() + ":" + p.node().span().startPosition().column() + " "
                        + p.kind() + " " + p.message())
                .sorted().toList();
    }

    @Test
    void stateNamesAreLeftToTheirOwnRule() {
        // ASL148 state-name-invalid owns the 80-character limit; the schema must not report it a second time.
        String name = "x".repeat(81);
        assertThat(problems("a.asl.json", "{\"StartAt\": \"" + name + "\", \"States\": {\"" + name + "\": {\"Type\": \"Succeed\"}}}"))
                .isEmpty();
    }

    @Test
    void jsonataExpressionsStandForNumbersInJsonataStatesOnly() {
        String definition = """
                {"QueryLanguage": "JSONata", "StartAt": "W", "States": {
                  "W": {"Type": "Wait", "Seconds": "{% $states.input.delay %}", "Next": "T"},
                  "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": "{% 30 %}", "End": true}}}
                """;
        assertThat(problems("a.asl.json", definition)).isEmpty();
        assertThat(problems("a.asl.json", definition.replace("\"QueryLanguage\": \"JSONata\", ", "")))
                .hasSize(2).allMatch(p -> p.contains("OTHER_QUERY_LANGUAGE") && p.contains("uses JSONPath"));
    }

    @Test
    void symbolicValuesAreNotJudged() {
        String template = """
                Resources:
                  Machine:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      Definition:
                        StartAt: T
                        States:
                          T:
                            Type: Task
                            Resource: !GetAtt Fn.Arn
                            TimeoutSeconds: !Ref Timeout
                            HeartbeatSeconds: "${Heartbeat}"
                            Retry: !If [Retrying, [{ErrorEquals: [States.ALL]}], !Ref AWS::NoValue]
                            End: true
                """;
        assertThat(problems("template.yaml", template)).isEmpty();
    }

    @Test
    void aDefinitionWithoutStartAtIsReportedAtItsKey() {
        String template = """
                Resources:
                  Machine:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      Definition:
                        States:
                          Done:
                            Type: Succeed
                """;
        assertThat(problems("template.yaml", template)).containsExactly(
                "5:7 MISSING_FIELD The state machine definition has no StartAt, which is required; Step Functions rejects the definition");
    }
}
