package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.Retrier;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.ScalarNode;

/** A Retry {@code BackoffRate} below 1.0: intervals would shrink, and Step Functions rejects the definition. */
public final class BackoffRateBelowOne implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL004", "backoff-rate-below-one",
            "Retry BackoffRate is below 1.0", Severity.ERROR, "0.1.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(State state, StateMachine machine, RuleContext context) {
        for (Retrier retrier : state.retriers()) {
            if (retrier.backoffRate() instanceof ScalarNode rate && rate.number() != null && rate.number() < 1.0) {
                context.report(rate, "BackoffRate %s of '%s' is below 1.0: Step Functions rejects the definition",
                        rate.value(), state.name());
            }
        }
    }
}
