package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.QueryLanguage;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.asl.expr.ExpressionSites;
import io.stacklint.model.asl.expr.VariableNames;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;

/** A key of {@code Assign} (of a state, a Choice rule or a catcher) that is not a valid variable name. */
public final class InvalidVariableName implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL126", "invalid-variable-name",
            "Assign names a variable with an invalid name", Severity.ERROR, "0.2.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(State state, StateMachine machine, RuleContext context) {
        boolean jsonPath = QueryLanguage.of(state) == QueryLanguage.JSONPATH;
        for (MapNode block : ExpressionSites.assignBlocks(state)) {
            for (Entry entry : block.entries()) {
                String key = entry.name();
                String name = jsonPath && key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
                String problem = VariableNames.problem(name);
                if (problem == null) {
                    continue;
                }
                if (!jsonPath && key.endsWith(".$")) {
                    problem = "keys ending in '.$' are JSONPath syntax; in a JSONata state write the name alone and the value as '{% ... %}'";
                }
                context.report(entry.key(), "Assign in '%s' names the variable '%s', which Step Functions does not accept: %s",
                        state.name(), name, problem);
            }
        }
    }
}
