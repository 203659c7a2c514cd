package io.stacklint.rules.builtin.asl;

import io.stacklint.model.NodeValues;
import io.stacklint.model.asl.AslValues;
import io.stacklint.model.asl.ChoiceOperators;
import io.stacklint.model.asl.ChoiceRule;
import io.stacklint.model.asl.QueryLanguage;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.SeqNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The shape of JSONPath Choice rules: one comparison operator (with a {@code Variable}) or one of And, Or, Not;
 * {@code Next} on top-level rules only; no unknown fields; and a non-empty {@code Choices} list.
 */
public final class ChoiceRuleMalformed implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL140", "choice-rule-malformed",
            "Choice rule is not one comparison or one And, Or, Not", Severity.ERROR, "0.2.0", "asl", "correctness");

    private static final Set<String> OTHER_FIELDS = Set.of("Variable", "Next", "Comment", "Assign");

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
        if (state.field("Choices") instanceof SeqNode list && list.size() == 0) {
            context.report(list, "Choices of '%s' is empty: a Choice state needs at least one rule", state.name());
        }
        if (QueryLanguage.of(state) != QueryLanguage.JSONPATH) {
            return;
        }
        for (ChoiceRule rule : ChoiceRule.all(state)) {
            checkRule(state, rule, context);
        }
    }

    private static void checkRule(State state, ChoiceRule rule, RuleContext context) {
        MapNode node = rule.node();
        // Loops, not streams, in this rule: it runs for every Choice rule, and stream code costs more while interpreted.
        List<String> tests = new ArrayList<>(1);
        String firstOperator = null;
        for (String key : node.keys()) {
            if (ChoiceOperators.isOperator(key)) {
                tests.add(key);
                firstOperator = firstOperator == null ? key : firstOperator;
            } else if (ChoiceOperators.isCombinator(key)) {
                tests.add(key);
            }
        }
        boolean unknown = false;
        for (String key : node.keys()) {
            if (!tests.contains(key) && !OTHER_FIELDS.contains(key)) {
                unknown = true;
                context.report(node.entry(key).key(), "Field '%s' is not allowed in Choice %s of '%s'%s",
                        key, rule.label(), state.name(), hint(key));
            }
        }
        // An unknown field is most often the intended test, misspelt: its finding says enough.
        if (tests.isEmpty() && !unknown) {
            context.report(node, "Choice %s of '%s' has no comparison operator (such as StringEquals) and no And, Or or Not",
                    rule.label(), state.name());
        } else if (tests.size() > 1) {
            context.report(node.entry(tests.get(1)).key(), "Choice %s of '%s' has both '%s' and '%s': a rule holds exactly one comparison operator, or one And, Or or Not",
                    rule.label(), state.name(), tests.get(0), tests.get(1));
        }
        boolean compares = firstOperator != null;
        if (compares && !node.has("Variable")) {
            context.report(node, "Choice %s of '%s' compares with '%s' but has no Variable to compare",
                    rule.label(), state.name(), firstOperator);
        } else if (!compares && !tests.isEmpty() && node.has("Variable")) {
            context.report(node.entry("Variable").key(), "Choice %s of '%s' has a Variable next to '%s', which compares nothing itself",
                    rule.label(), state.name(), tests.get(0));
        }
        for (String key : tests) {
            if (ChoiceOperators.isCombinator(key)) {
                checkCombinator(state, rule, key, node.get(key), context);
            }
        }
        if (!rule.nested() && !node.has("Next")) {
            context.report(node, "Choice %s of '%s' has no Next: a top-level rule must name the state to go to", rule.label(), state.name());
        } else if (rule.nested() && node.has("Next")) {
            context.report(node.entry("Next").key(), "Choice %s of '%s' has a Next: only top-level rules choose the next state",
                    rule.label(), state.name());
        } else if (rule.nested() && node.has("Assign")) {
            context.report(node.entry("Assign").key(), "Choice %s of '%s' has an Assign: only top-level rules assign variables",
                    rule.label(), state.name());
        }
    }

    private static void checkCombinator(State state, ChoiceRule rule, String key, Node value, RuleContext context) {
        if (value == null || AslValues.isSymbolic(value)) {
            return;
        }
        if (key.equals("Not")) {
            if (!(value instanceof MapNode)) {
                context.report(value, "'Not' in Choice %s of '%s' must be one rule (a mapping), not %s", rule.label(), state.name(), value.describe());
            }
        } else if (!(value instanceof SeqNode list) || list.size() == 0 || !allMappings(list)) {
            context.report(value, "'%s' in Choice %s of '%s' must be a non-empty list of rules", key, rule.label(), state.name());
        }
    }

    private static boolean allMappings(SeqNode list) {
        for (Node item : list.items()) {
            if (!(item instanceof MapNode)) {
                return false;
            }
        }
        return true;
    }

    private static String hint(String key) {
        return switch (key) {
            case "Condition", "Output" -> ": it is a JSONata field, and this state uses JSONPath";
            case "End" -> ": a rule cannot end the execution; go to a Succeed state instead";
            default -> ChoiceOperators.isOperator(key.replace("Equal", "Equals"))
                    ? " (did you mean '" + key.replace("Equal", "Equals") + "'?)" : "";
        };
    }
}
