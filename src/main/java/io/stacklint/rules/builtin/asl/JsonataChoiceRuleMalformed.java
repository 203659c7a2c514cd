package io.stacklint.rules.builtin.asl;

import io.stacklint.model.NodeValues;
import io.stacklint.model.asl.ChoiceOperators;
import io.stacklint.model.asl.QueryLanguage;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.MapNode;
import java.util.List;
import java.util.Set;

/** Under JSONata a Choice rule is a {@code Condition} and a {@code Next}; JSONPath's Variable and operators do not exist there. */
public final class JsonataChoiceRuleMalformed implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL142", "jsonata-choice-rule-malformed",
            "JSONata Choice rule is not a Condition and a Next", Severity.ERROR, "0.2.0", "asl", "correctness");

    private static final Set<String> FIELDS = Set.of("Condition", "Next", "Comment", "Assign", "Output");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Set<String> stateTypes() {
        return Set.of("Choice");
    }

    @Override
    public void check(State state, StateMachine machine, RuleContext context) {
        if (QueryLanguage.of(state) != QueryLanguage.JSONATA) {
            return;
        }
        List<MapNode> rules = NodeValues.listedMaps(state.field("Choices"));
        for (int i = 0; i < rules.size(); i++) {
            MapNode rule = rules.get(i);
            boolean jsonPath = false;
            for (String key : rule.keys()) {
                if (FIELDS.contains(key)) {
                    continue;
                }
                boolean jsonPathField = key.equals("Variable") || ChoiceOperators.isOperator(key) || ChoiceOperators.isCombinator(key);
                jsonPath |= jsonPathField;
                String why = jsonPathField
                        ? "it is JSONPath; under JSONata write the test as a Condition, e.g. \"{% $states.input.total > 10 %}\""
                        : "a JSONata Choice rule holds Condition, Next, Assign, Output and Comment";
                context.report(rule.entry(key).key(), "Field '%s' is not allowed in Choice rule %d of '%s': %s",
                        key, i + 1, state.name(), why);
            }
            // A rule written the JSONPath way already has its finding; its missing Condition is the same mistake.
            if (!rule.has("Condition") && !jsonPath) {
                context.report(rule, "Choice rule %d of '%s' has no Condition: a JSONata rule tests a Condition", i + 1, state.name());
            }
            if (!rule.has("Next")) {
                context.report(rule, "Choice rule %d of '%s' has no Next: a rule must name the state to go to", i + 1, state.name());
            }
        }
    }
}
