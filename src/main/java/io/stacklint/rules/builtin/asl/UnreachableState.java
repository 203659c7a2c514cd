package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.AslDefinition;
import io.stacklint.model.asl.ScopeGraph;
import io.stacklint.model.asl.Scopes;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateMachineRule;
import java.util.List;
import java.util.Set;

/**
 * A state that no path from its scope's StartAt leads to. Step Functions refuses such a definition
 * ({@code MISSING_TRANSITION_TARGET: State "X" is not reachable}), so this is an error, not dead-code advice.
 */
public final class UnreachableState implements StateMachineRule {
    public static final RuleMeta META = RuleMeta.of("ASL150", "unreachable-state",
            "State is never reached", Severity.ERROR, "0.2.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(StateMachine machine, RuleContext context) {
        for (ScopeGraph graph : ScopeGraph.judgeable(machine.definition())) {
            AslDefinition scope = graph.scope();
            Set<State> reached = graph.reachableFrom(List.of(graph.start()));
            for (State state : scope.states()) {
                if (!reached.contains(state)) {
                    context.report(state.key(), "State '%s' is never reached: no path from StartAt '%s' of %s leads to it, and Step Functions rejects a definition with an unreachable state",
                            state.name(), graph.start().name(), Scopes.describe(scope));
                }
            }
        }
    }
}
