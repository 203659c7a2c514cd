package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.AslTimestamp;
import io.stacklint.model.asl.AslValues;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.Set;

/** A literal Wait {@code Timestamp} must be an RFC 3339 date-time with uppercase T and Z. */
public final class WaitTimestampInvalid implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL144", "wait-timestamp-invalid",
            "Wait Timestamp is not an RFC 3339 timestamp", Severity.ERROR, "0.2.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Set<String> stateTypes() {
        return Set.of("Wait");
    }

    @Override
    public void check(State state, StateMachine machine, RuleContext context) {
        Node value = state.field("Timestamp");
        if (!(value instanceof ScalarNode timestamp) || !timestamp.isString() || AslValues.isSymbolic(value)
                || AslValues.hasPlaceholder(timestamp.value()) || AslValues.opensJsonata(timestamp.value())) {
            return;
        }
        String problem = AslTimestamp.problem(timestamp.value());
        if (problem != null) {
            context.report(value, "Timestamp '%s' of Wait '%s' %s; Step Functions rejects the definition",
                    timestamp.value(), state.name(), problem);
        }
    }
}
