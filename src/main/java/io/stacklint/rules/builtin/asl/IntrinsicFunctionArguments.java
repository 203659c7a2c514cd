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

/**
 * An intrinsic function given the wrong number of arguments, or a literal argument of the wrong kind
 * (a string where an array must go, an unknown hash algorithm, a deep JsonMerge, {} placeholders that do
 * not match the values of States.Format). Paths and calls of unknown result are given the benefit of the doubt.
 */
public final class IntrinsicFunctionArguments implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL123", "intrinsic-function-arguments",
            "Intrinsic function is called with wrong arguments", Severity.ERROR, "0.2.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(State state, StateMachine machine, RuleContext context) {
        for (IntrinsicCalls.Written call : IntrinsicCalls.of(state)) {
            if (call.parse().call() == null) {
                continue;
            }
            for (ExprError problem : IntrinsicFunctions.argumentProblems(call.parse().call())) {
                context.report(ValueSpans.of(call.scalar(), problem), call.scalar().path(),
                        "%s of '%s': %s; the call cannot succeed", call.field(), state.name(), problem.message());
            }
        }
    }
}
