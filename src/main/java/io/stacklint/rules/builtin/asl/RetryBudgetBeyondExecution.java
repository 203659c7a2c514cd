package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.ExecutionLimit;
import io.stacklint.model.asl.Retrier;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.Set;

/**
 * A Retry whose worst case outlasts the execution, or whose single wait grows past a day with nothing to cap it.
 * The worst case is the waits ({@code IntervalSeconds × BackoffRate^k}, each capped by {@code MaxDelaySeconds},
 * over {@code MaxAttempts}) plus every attempt running to the Task's own {@code TimeoutSeconds}.
 */
public final class RetryBudgetBeyondExecution implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL162", "retry-budget-beyond-execution",
            "Retry can outlast the execution, or waits more than a day between attempts", Severity.WARNING, "0.2.0",
            "asl", "reliability");

    private static final double DAY = 86_400;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Set<String> stateTypes() {
        return Set.of("Task", "Parallel", "Map");
    }

    @Override
    public void check(State state, StateMachine machine, RuleContext context) {
        Double timeout = number(state.field("TimeoutSeconds"), 0);
        ExecutionLimit limit = null;
        for (Retrier retrier : state.retriers()) {
            Double interval = number(retrier.intervalSeconds(), 1);
            Double attempts = number(retrier.maxAttempts(), 3);
            Double rate = number(retrier.backoffRate(), Retrier.DEFAULT_BACKOFF_RATE);
            Node maxDelayNode = retrier.node().get("MaxDelaySeconds");
            Double maxDelay = number(maxDelayNode, Double.POSITIVE_INFINITY);
            if (interval == null || attempts == null || rate == null || maxDelay == null || timeout == null || attempts < 1) {
                continue;
            }
            double lastWait = Math.min(interval * Math.pow(rate, attempts - 1), maxDelay);
            if (maxDelayNode == null && lastWait > DAY) {
                context.report(retrier.node(), "Retry of '%s' waits %s before its last attempt (IntervalSeconds %s, BackoffRate %s, "
                        + "MaxAttempts %s) and has no MaxDelaySeconds: a call retried for days is a stuck workflow; cap the wait "
                        + "with MaxDelaySeconds", state.name(), duration(lastWait), text(interval), text(rate), text(attempts));
                continue;
            }
            limit = limit != null ? limit : ExecutionLimit.of(state, machine);
            double worst = waits(interval, attempts, rate, maxDelay) + (attempts + 1) * timeout;
            if (limit != null && worst > limit.seconds()) {
                context.report(retrier.node(), "Retry of '%s' can take %s (%s of waits between attempts%s), more than %s: "
                        + "the execution times out before the retries are done, and the state's Catch never runs",
                        state.name(), duration(worst), duration(worst - (attempts + 1) * timeout),
                        timeout > 0 ? " and " + text(attempts + 1) + " attempts of up to " + text(timeout) + " s" : "",
                        limit.what());
            }
        }
    }

    /** The sum of the waits, each capped; stops adding once the waits reach the cap (or the sum is past any limit). */
    private static double waits(double interval, double attempts, double rate, double maxDelay) {
        double total = 0;
        double wait = interval;
        for (long k = 0; k < attempts; k++) {
            if (wait >= maxDelay) {
                return total + (attempts - k) * maxDelay;
            }
            total += wait;
            if (total > 1e12) {
                return total;
            }
            wait *= rate;
        }
        return total;
    }

    /** A literal number, the default when absent, or null for a value decided elsewhere (a placeholder). */
    private static Double number(Node node, double absent) {
        if (node == null) {
            return absent;
        }
        return node instanceof ScalarNode scalar ? scalar.number() : null;
    }

    private static String text(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }

    static String duration(double seconds) {
        if (seconds < 120) {
            return text(Math.round(seconds)) + " s";
        }
        if (seconds < 7_200) {
            return text(Math.round(seconds / 60)) + " min";
        }
        if (seconds < 3 * DAY) {
            return text(Math.round(seconds / 3_600)) + " h";
        }
        return seconds < 1e9 ? text(Math.round(seconds / DAY)) + " days" : "more than 30 years";
    }
}
