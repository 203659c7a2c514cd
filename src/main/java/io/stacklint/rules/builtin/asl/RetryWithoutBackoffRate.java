package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.Retrier;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.Node;

/** A Retry entry that leaves its backoff rate implicit. */
public final class RetryWithoutBackoffRate implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL002", "retry-without-backoff-rate",
            "Retry entry has no explicit BackoffRate", Severity.WARNING, "0.1.0", "asl", "reliability");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(State state, StateMachine machine, RuleContext context) {
        for (Retrier retrier : state.retriers()) {
            Node rate = retrier.backoffRate();
            if (rate == null) {
                Node at = retrier.node().entry("ErrorEquals") != null ? retrier.node().entry("ErrorEquals").key() : retrier.node();
                context.report(at, "Retry entry of '%s' has no BackoffRate: the implicit default (%s) is easy to miss when tuning retries of a throttled service",
                        state.name(), Retrier.DEFAULT_BACKOFF_RATE);
            }
        }
    }
}
