package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.AslValues;
import io.stacklint.model.asl.QueryLanguage;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.asl.expr.ExprError;
import io.stacklint.model.asl.expr.ExpressionSites;
import io.stacklint.model.asl.expr.JsonataParser;
import io.stacklint.model.asl.expr.ValueSpans;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.ScalarNode;

/** A {@code {% ... %}} string of a JSONata state whose expression is not valid JSONata; the finding points at the first error. */
public final class InvalidJsonata implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL125", "invalid-jsonata",
            "JSONata expression has a syntax error", Severity.ERROR, "0.2.0", "asl", "correctness");

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
            if (!AslValues.isJsonata(text)) {
                continue;
            }
            ExprError error = JsonataParser.check(text.substring(2, text.length() - 2));
            // A ${Name} placeholder is filled at deploy time: what it breaks now says nothing.
            if (error != null && !AslValues.hasPlaceholder(text)) {
                context.report(ValueSpans.of(scalar, error.shift(2)), scalar.path(),
                        "JSONata expression in %s of '%s' does not parse: %s; Step Functions rejects the definition",
                        ExpressionSites.label(state, scalar), state.name(), error.message());
            }
        }
    }
}
