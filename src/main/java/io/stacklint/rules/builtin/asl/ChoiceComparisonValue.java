package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.AslTimestamp;
import io.stacklint.model.asl.AslValues;
import io.stacklint.model.asl.ChoiceOperators;
import io.stacklint.model.asl.ChoiceOperators.ValueKind;
import io.stacklint.model.asl.ChoiceRule;
import io.stacklint.model.asl.QueryLanguage;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.Set;

/** Each JSONPath comparison operator takes one kind of value: a string, a number, a boolean, a timestamp, a path. */
public final class ChoiceComparisonValue implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL141", "choice-comparison-value",
            "Choice comparison value is of the wrong kind", Severity.ERROR, "0.2.0", "asl", "correctness");

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
        if (QueryLanguage.of(state) != QueryLanguage.JSONPATH) {
            return;
        }
        for (ChoiceRule rule : ChoiceRule.all(state)) {
            for (String key : rule.node().keys()) {
                ValueKind kind = ChoiceOperators.kindOf(key);
                Node value = rule.node().get(key);
                // A value with a ${...} placeholder is completed at deploy time: judge nothing of it.
                if (kind == null || value == null || AslValues.isSymbolic(value) || AslValues.hasPlaceholder(value.text())) {
                    continue;
                }
                String problem = problem(kind, value);
                if (problem != null) {
                    context.report(value, "'%s' in Choice %s of '%s' takes %s, but %s; Step Functions rejects the definition",
                            key, rule.label(), state.name(), kind.description(), problem);
                }
            }
        }
    }

    private static String problem(ValueKind kind, Node value) {
        ScalarNode scalar = value.asScalar();
        boolean string = scalar != null && scalar.isString();
        String got = "this is " + value.describe();
        return switch (kind) {
            case STRING -> string ? null : got;
            case NUMBER -> scalar != null && scalar.isNumber() ? null : got;
            case BOOLEAN -> scalar != null && scalar.kind() == ScalarNode.Kind.BOOLEAN ? null : got;
            case PATH -> !string ? got : scalar.value().startsWith("$") ? null : "'" + scalar.value() + "' does not start with '$'";
            case TIMESTAMP -> !string ? got : timestampProblem(scalar.value());
            case PATTERN -> !string ? got : patternProblem(scalar.value());
        };
    }

    private static String timestampProblem(String text) {
        String problem = AslTimestamp.problem(text);
        return problem == null ? null : "'" + text + "' " + problem;
    }

    /** In a StringMatches pattern a backslash escapes only '*' or another backslash. */
    private static String patternProblem(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '\\') {
                if (i + 1 < pattern.length() && (pattern.charAt(i + 1) == '*' || pattern.charAt(i + 1) == '\\')) {
                    i++;
                } else {
                    return "'" + pattern + "' has a backslash that escapes neither '*' nor '\\' (at character " + (i + 1) + ")";
                }
            }
        }
        return null;
    }
}
