package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.asl.expr.ExprError;
import io.stacklint.model.asl.expr.IntrinsicFunctions;
import io.stacklint.model.asl.expr.ValueSpans;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;

/** An intrinsic function call that does not parse (quotes, escapes, parentheses) or names no intrinsic function. */
public final class InvalidIntrinsicFunction implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL122", "invalid-intrinsic-function",
            "Intrinsic function call does not parse or names an unknown function", Severity.ERROR, "0.2.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(State state, StateMachine machine, RuleContext context) {
        for (IntrinsicCalls.Written call : IntrinsicCalls.of(state)) {
            ExprError error = call.parse().error();
            if (error == null && call.parse().call() != null) {
                error = IntrinsicFunctions.unknownFunctions(call.parse().call()).stream().findFirst().orElse(null);
            }
            if (error != null) {
                context.report(ValueSpans.of(call.scalar(), error), call.scalar().path(),
                        "%s of '%s' is not a valid intrinsic function call: %s; Step Functions rejects the definition",
                        call.field(), state.name(), error.message());
            }
        }
    }
}
