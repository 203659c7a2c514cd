package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.Set;

/** A heartbeat interval that is not shorter than the timeout can never fire; Step Functions rejects it. */
public final class HeartbeatNotBelowTimeout implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL145", "heartbeat-not-below-timeout",
            "Task HeartbeatSeconds is not smaller than TimeoutSeconds", Severity.ERROR, "0.2.0", "asl", "correctness");

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
        Node heartbeat = state.field("HeartbeatSeconds");
        Double beat = number(heartbeat);
        Double timeout = number(state.field("TimeoutSeconds"));
        if (beat != null && timeout != null && beat >= timeout) {
            context.report(heartbeat, "HeartbeatSeconds (%s) of Task '%s' must be smaller than its TimeoutSeconds (%s); Step Functions rejects the definition",
                    heartbeat.text(), state.name(), state.field("TimeoutSeconds").text());
        }
    }

    /** Literal numbers only: a path, a JSONata expression or a deploy-time value is judged at run time. */
    private static Double number(Node node) {
        return node instanceof ScalarNode scalar ? scalar.number() : null;
    }
}
