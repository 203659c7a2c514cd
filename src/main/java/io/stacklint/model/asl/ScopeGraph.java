package io.stacklint.model.asl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The transitions of one scope as a graph of its states; targets outside the scope are left out. */
public final class ScopeGraph {
    private final AslDefinition scope;

    public ScopeGraph(AslDefinition scope) {
        this.scope = scope;
    }

    /**
     * The graphs of every scope of a definition that can be judged: whose StartAt names a state of the scope
     * (another rule reports one that does not) and whose transitions are all known from the text.
     */
    public static List<ScopeGraph> judgeable(AslDefinition definition) {
        List<ScopeGraph> out = new ArrayList<>();
        for (AslDefinition scope : Scopes.all(definition)) {
            ScopeGraph graph = new ScopeGraph(scope);
            if (graph.start() != null && graph.isKnown()) {
                out.add(graph);
            }
        }
        return out;
    }

    public AslDefinition scope() {
        return scope;
    }

    /** False when a transition of the scope is decided at deploy time: its graph is then not known from the text. */
    public boolean isKnown() {
        return scope.states().stream().noneMatch(State::hasDeployTimeTransition);
    }

    public State start() {
        String name = scope.startAt() == null ? null : scope.startAt().text();
        return name == null ? null : scope.state(name);
    }

    /** The states of this scope that a transition of the state leads to. */
    public List<State> successors(State state) {
        List<State> out = new ArrayList<>();
        for (Transition transition : state.transitions()) {
            State target = scope.state(transition.targetName());
            if (target != null && !out.contains(target)) {
                out.add(target);
            }
        }
        return out;
    }

    /** True when a transition names no state of this scope (another rule reports it; graph rules stay quiet). */
    public boolean hasDanglingTransition(State state) {
        return state.transitions().stream().anyMatch(t -> scope.state(t.targetName()) == null);
    }

    private static boolean failsWhenNothingMatches(State state) {
        return state.isType("Choice") && !state.has("Default");
    }

    /** The states reachable from the given ones, those included, in visiting order. */
    public Set<State> reachableFrom(List<State> from) {
        Set<State> seen = new LinkedHashSet<>();
        Deque<State> todo = new ArrayDeque<>(from);
        while (!todo.isEmpty()) {
            State state = todo.pop();
            if (seen.add(state)) {
                successors(state).forEach(todo::add);
            }
        }
        return seen;
    }

    /**
     * The states from which some path reaches an end: a terminal state, a state with no way onward (another
     * rule reports its missing Next or End), a transition to an unknown state (reported by another rule), or a
     * Choice without Default, which ends the execution with States.NoChoiceMatched when no rule matches.
     */
    public Set<State> canFinish() {
        // Backwards from the ends, over reversed transitions: linear in states and transitions, so a definition
        // of thousands of states is judged in milliseconds.
        Map<State, List<State>> predecessors = new HashMap<>();
        Deque<State> todo = new ArrayDeque<>();
        Set<State> done = new LinkedHashSet<>();
        for (State state : scope.states()) {
            for (State next : successors(state)) {
                predecessors.computeIfAbsent(next, k -> new ArrayList<>()).add(state);
            }
            if (state.isTerminal() || state.transitions().isEmpty() || hasDanglingTransition(state) || failsWhenNothingMatches(state)) {
                if (done.add(state)) {
                    todo.add(state);
                }
            }
        }
        while (!todo.isEmpty()) {
            for (State previous : predecessors.getOrDefault(todo.pop(), List.of())) {
                if (done.add(previous)) {
                    todo.add(previous);
                }
            }
        }
        return done;
    }
}
