package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.ExecutionLimit;
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
 * A Task's {@code TimeoutSeconds} or {@code HeartbeatSeconds} at or above what the whole execution may last: the
 * execution times out first, so the state's own limit never fires and its Catch of States.Timeout never runs.
 */
public final class StateTimeoutBeyondMachine implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL161", "state-timeout-beyond-machine",
            "Task timeout or heartbeat not below the execution's time limit", Severity.WARNING, "0.2.0", "asl", "reliability");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Set<String> stateTypes() {
        return Set.of("Task");
    }

    @Override
    public void check(State state, StateMachine machine, RuleContext context) {
        ExecutionLimit limit = null;
        for (String field : new String[] {"TimeoutSeconds", "HeartbeatSeconds"}) {
            Node value = state.field(field);
            Double seconds = value instanceof ScalarNode scalar ? scalar.number() : null;
            if (seconds == null) {
                continue;
            }
            limit = limit != null ? limit : ExecutionLimit.of(state, machine);
            if (limit != null && seconds >= limit.seconds()) {
                context.report(value, "%s (%s) of Task '%s' is not below %s: the execution times out first, so the "
                        + "state's own limit never fires and a Catch of States.Timeout on it never runs",
                        field, value.text(), state.name(), limit.what());
            }
        }
    }
}
