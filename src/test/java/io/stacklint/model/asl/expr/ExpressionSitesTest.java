package io.stacklint.model.asl.expr;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.SourceModels;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.parse.TreeParser;
import io.stacklint.source.SourceFile;
import io.stacklint.tree.ScalarNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpressionSitesTest {
    private static List<State> states(String yaml) {
        StateMachine machine = SourceModels.of(TreeParser.parse(SourceFile.of("m.asl.yaml", yaml))).stateMachines().get(0);
        return machine.definition().allStates();
    }

    private static final String MACHINE = """
            StartAt: Work
            States:
              Work:
                Type: Map
                InputPath: $.in
                ItemsPath: $.items
                ErrorPath: $.e
                ItemReader:
                  ReaderConfig:
                    MaxItemsPath: $.max
                ItemSelector:
                  value.$: $$.Map.Item.Value
                  nested:
                    deep.$: $.deep
                Result:
                  literal.$: not read
                Catch:
                  - ErrorEquals: [States.ALL]
                    ResultPath: $.error
                    Assign:
                      failed.$: $.x
                    Next: Route
                ItemProcessor:
                  StartAt: Inner
                  States:
                    Inner:
                      Type: Pass
                      InputPath: $.inner
                      End: true
                Next: Route
              Route:
                Type: Choice
                Choices:
                  - Not:
                      Variable: $.a
                      StringEqualsPath: $.b
                    Next: Work
                  - And:
                      - Variable: $.c
                        IsPresent: true
                    Next: Work
                Comment: "{% not read %}"
            """;

    @Test
    void jsonPathSitesOfAState() {
        List<State> states = states(MACHINE);
        State work = states.stream().filter(s -> s.name().equals("Work")).findFirst().orElseThrow();
        assertThat(ExpressionSites.jsonPathSites(work)).extracting(s -> s.field() + "=" + s.value().text() + ":" + s.kind())
                .containsExactlyInAnyOrder("InputPath=$.in:PATH", "ItemsPath=$.items:REFERENCE_PATH", "ErrorPath=$.e:REFERENCE_PATH_OR_FUNCTION",
                        "MaxItemsPath=$.max:REFERENCE_PATH", "Catch ResultPath=$.error:REFERENCE_PATH", "'value.$'=$$.Map.Item.Value:PATH_OR_FUNCTION",
                        "'deep.$'=$.deep:PATH_OR_FUNCTION", "'failed.$'=$.x:PATH_OR_FUNCTION");
        assertThat(ExpressionSites.assignBlocks(work)).hasSize(1);
    }

    @Test
    void choiceRulesAtAnyDepth() {
        State route = states(MACHINE).stream().filter(s -> s.name().equals("Route")).findFirst().orElseThrow();
        assertThat(ExpressionSites.jsonPathSites(route)).extracting(s -> s.field() + "=" + s.value().text())
                .containsExactlyInAnyOrder("Variable=$.a", "StringEqualsPath=$.b", "Variable=$.c");
        assertThat(ExpressionSites.strings(route)).extracting(ScalarNode::value).doesNotContain("{% not read %}");
    }

    @Test
    void labelsSayWhereAValueIs() {
        State work = states(MACHINE).get(0);
        ScalarNode deep = work.node().map("ItemSelector").map("nested").get("deep.$").asScalar();
        assertThat(ExpressionSites.label(work, deep)).isEqualTo("ItemSelector.nested.deep.$");
    }
}
