package io.stacklint.model.asl;

import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;

/**
 * How long the execution a state runs in may last: five minutes for an Express workflow (or the child execution
 * of an Express Distributed Map), else the definition's own top-level {@code TimeoutSeconds} when it is a number.
 * No limit is known for a Standard workflow without one (its year is no practical bound).
 *
 * @param seconds the limit
 * @param what    how a message names it
 */
public record ExecutionLimit(double seconds, String what) {
    /** Step Functions ends an Express execution after five minutes. */
    public static final double EXPRESS_SECONDS = 300;

    /** The limit over {@code state}, or null when none is known. */
    public static ExecutionLimit of(State state, StateMachine machine) {
        if (machine.isExpress() || state.runsInExpressChildExecution()) {
            return new ExecutionLimit(EXPRESS_SECONDS, "the five minutes (300 s) an Express execution may run");
        }
        Node timeout = machine.definition().node().get("TimeoutSeconds");
        Double seconds = timeout instanceof ScalarNode scalar ? scalar.number() : null;
        return seconds == null ? null
                : new ExecutionLimit(seconds, "the state machine's TimeoutSeconds (" + timeout.text() + ")");
    }
}
