package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.Scopes;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateMachineRule;
import java.util.HashMap;
import java.util.Map;

/**
 * State names are unique across the whole state machine, Parallel branches and Map processors included.
 * (Twice in one {@code States} mapping is a duplicate key, reported by the parser.)
 */
public final class DuplicateStateName implements StateMachineRule {
    public static final RuleMeta META = RuleMeta.of("ASL147", "duplicate-state-name",
            "State name is used twice in one state machine", Severity.ERROR, "0.2.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(StateMachine machine, RuleContext context) {
        Map<String, State> first = new HashMap<>();
        for (State state : machine.definition().allStates()) {
            State earlier = first.putIfAbsent(state.name(), state);
            if (earlier != null && earlier.scope() != state.scope()) {
                context.report(state.key(), "State name '%s' is already used in %s: names must be unique across the whole state machine, branches and Map processors included; Step Functions rejects the definition",
                        state.name(), Scopes.describe(earlier.scope()));
            }
        }
    }
}
