package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.AslValues;
import io.stacklint.model.asl.QueryLanguage;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.asl.expr.ExpressionSites;
import io.stacklint.model.asl.expr.ValueSpans;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.ScalarNode;

/**
 * A string of a JSONata state that opens an expression with {@code {%} and does not close it (an error), or
 * closes one it never opened (a warning: it may be meant as text).
 */
public final class JsonataDelimiters implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL124", "unbalanced-jsonata-delimiters",
            "JSONata expression is not enclosed in {% and %}", Severity.ERROR, "0.2.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(State state, StateMachine machine, RuleContext context) {
        if (QueryLanguage.of(state) != QueryLanguage.JSONATA) {
            return;
        }
        for (ScalarNode scalar : ExpressionSites.strings(state)) {
            String text = scalar.value();
            boolean opens = AslValues.opensJsonata(text);
            boolean closes = text.endsWith("%}") && text.length() >= (opens ? 4 : 2);
            String field = ExpressionSites.label(state, scalar);
            if (opens && !closes) {
                context.report(ValueSpans.of(scalar, 0, 2), scalar.path(),
                        "%s of '%s' starts a JSONata expression with '{%%' but does not end with '%%}'; Step Functions rejects the definition",
                        field, state.name());
            } else if (closes && !opens) {
                // Only a warning: the string may be text for a template language (Jinja, Liquid) rather than a broken expression.
                context.report(Severity.WARNING, scalar,
                        "%s of '%s' ends with '%%}' but does not start with '{%%': if it is meant as a JSONata expression, it must be the whole string, '{%% ... %%}'",
                        field, state.name());
            }
        }
    }
}
