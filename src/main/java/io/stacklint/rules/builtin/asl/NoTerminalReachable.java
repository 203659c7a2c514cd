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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A loop with no way out: from the state no path (Next, Choice rules, Default, Catch) reaches an End, Succeed
 * or Fail state. Reported once per trap, at the state where the execution enters it.
 */
public final class NoTerminalReachable implements StateMachineRule {
    public static final RuleMeta META = RuleMeta.of("ASL151", "no-terminal-reachable",
            "State can never reach an end of its scope", Severity.ERROR, "0.2.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(StateMachine machine, RuleContext context) {
        for (ScopeGraph graph : ScopeGraph.judgeable(machine.definition())) {
            AslDefinition scope = graph.scope();
            Set<State> finishing = graph.canFinish();
            Set<State> reached = graph.reachableFrom(List.of(graph.start()));
            for (State state : reached) {
                if (!finishing.contains(state) && isEntry(state, graph, reached, finishing)) {
                    List<String> trap = new ArrayList<>();
                    graph.reachableFrom(List.of(state)).forEach(s -> trap.add("'" + s.name() + "'"));
                    String cycle = trap.size() <= 5 ? String.join(", ", trap) : String.join(", ", trap.subList(0, 5)) + " and " + (trap.size() - 5) + " more";
                    context.report(state.key(), "No path from '%s' reaches an End, Succeed or Fail state of %s: the execution loops through %s until it times out or reaches the 25,000-event history limit",
                            state.name(), Scopes.describe(scope), cycle);
                }
            }
        }
    }

    /** The StartAt state, or a state that a finishing state leads to: where the execution falls into the trap. */
    private static boolean isEntry(State state, ScopeGraph graph, Set<State> reached, Set<State> finishing) {
        return state == graph.start() || reached.stream()
                .anyMatch(from -> finishing.contains(from) && graph.successors(from).contains(state));
    }
}
