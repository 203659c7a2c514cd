package io.stacklint.report;

import io.stacklint.model.asl.AslDefinition;
import io.stacklint.model.asl.Catcher;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.asl.Transition;
import io.stacklint.rules.api.Finding;
import io.stacklint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * State machines as diagrams ({@code stacklint graph}): every state a node, every transition an edge (Catch edges
 * dashed and labelled with the errors they catch), each Parallel branch and Map processor a nested group, a start
 * and an end marker per scope, and states with findings marked with their rule ids. The walk is shared; a
 * {@link Syntax} (Mermaid, DOT) spells it.
 */
public final class WorkflowDiagram {
    /** How a node looks. */
    public enum Shape { TASK, CHOICE, TERMINAL, MARKER, MISSING }

    /** The spelling of one diagram language. */
    public interface Syntax {
        void begin(StringBuilder out);

        /** A group: {@code state} true for a Parallel or Map state (transitions lead to its id), false for a branch or a machine. */
        void beginGroup(StringBuilder out, String id, String label, boolean state, boolean marked, int depth);

        void endGroup(StringBuilder out, int depth);

        void node(StringBuilder out, String id, String label, Shape shape, boolean marked, int depth);

        void edge(StringBuilder out, String from, String to, boolean dashed, String label, int depth);

        void end(StringBuilder out, List<String> marked);
    }

    private final Syntax syntax;
    private final StringBuilder out = new StringBuilder();
    private final Map<State, String> ids = new IdentityHashMap<>();
    private final List<String> marked = new ArrayList<>();
    private Map<State, Set<String>> findings = Map.of();
    private int counter;

    private WorkflowDiagram(Syntax syntax) {
        this.syntax = syntax;
    }

    /** One diagram of the machines given (each its own group when there are several), marked with the findings. */
    public static String render(List<StateMachine> machines, List<Finding> findings, Syntax syntax) {
        WorkflowDiagram diagram = new WorkflowDiagram(syntax);
        syntax.begin(diagram.out);
        for (StateMachine machine : machines) {
            diagram.findings = byState(machine, findings);
            if (machines.size() == 1) {
                diagram.scope(machine.definition(), 1);
            } else {
                String id = diagram.nextId();
                syntax.beginGroup(diagram.out, id, machine.displayName(), false, false, 1);
                diagram.scope(machine.definition(), 2);
                syntax.endGroup(diagram.out, 1);
            }
        }
        syntax.end(diagram.out, diagram.marked);
        return diagram.out.toString();
    }

    private String nextId() {
        return "n" + (++counter);
    }

    private void scope(AslDefinition scope, int depth) {
        scope.states().forEach(state -> ids.put(state, nextId()));
        String start = nextId();
        String end = nextId();
        syntax.node(out, start, "start", Shape.MARKER, false, depth);
        for (State state : scope.states()) {
            String id = ids.get(state);
            Set<String> rules = findings.getOrDefault(state, Set.of());
            String label = state.name() + " (" + (state.type() == null ? "no Type" : state.type()) + ")"
                    + (rules.isEmpty() ? "" : "\nfindings: " + String.join(", ", rules));
            if (!rules.isEmpty()) {
                marked.add(id);
            }
            if (state.children().isEmpty()) {
                syntax.node(out, id, label, shape(state), !rules.isEmpty(), depth);
            } else {
                syntax.beginGroup(out, id, label, true, !rules.isEmpty(), depth);
                int branch = 0;
                for (AslDefinition child : state.children()) {
                    branch++;
                    String groupId = nextId();
                    syntax.beginGroup(out, groupId, state.isType("Parallel") ? "branch " + branch : "processor", false, false, depth + 1);
                    scope(child, depth + 2);
                    syntax.endGroup(out, depth + 1);
                }
                syntax.endGroup(out, depth);
            }
        }
        syntax.node(out, end, "end", Shape.MARKER, false, depth);
        State first = scope.startAt() == null || scope.startAt().text() == null ? null : scope.state(scope.startAt().text());
        if (first != null) {
            syntax.edge(out, start, ids.get(first), false, null, depth);
        } else if (scope.startAt() != null && scope.startAt().text() != null) {
            syntax.edge(out, start, missing(scope.startAt().text(), depth), false, null, depth);
        }
        for (State state : scope.states()) {
            String from = ids.get(state);
            Set<String> targets = new LinkedHashSet<>();
            for (Transition transition : state.transitions()) {
                if (transition.kind() == Transition.Kind.CATCH || transition.targetName() == null) {
                    continue;
                }
                String label = transition.kind() == Transition.Kind.DEFAULT ? "Default" : null;
                if (targets.add(transition.targetName() + "\u0000" + label)) {
                    syntax.edge(out, from, target(scope, transition.targetName(), depth), false, label, depth);
                }
            }
            for (Catcher catcher : state.catchers()) {
                String name = catcher.next() == null ? null : catcher.next().text();
                if (name != null) {
                    String errors = catcher.errorEquals().stream().map(ScalarNode::value).collect(Collectors.joining(", "));
                    syntax.edge(out, from, target(scope, name, depth), true, errors.isEmpty() ? "Catch" : errors, depth);
                }
            }
            if (state.isTerminal()) {
                syntax.edge(out, from, end, false, null, depth);
            }
        }
    }

    private String target(AslDefinition scope, String name, int depth) {
        State state = scope.state(name);
        return state != null ? ids.get(state) : missing(name, depth);
    }

    /** A transition to a state its scope does not have (ASL149 reports it) still shows, to a node that says so. */
    private String missing(String name, int depth) {
        String id = nextId();
        syntax.node(out, id, name + " (no such state)", Shape.MISSING, true, depth);
        return id;
    }

    private static Shape shape(State state) {
        if (state.isType("Choice")) {
            return Shape.CHOICE;
        }
        return state.isType("Succeed") || state.isType("Fail") ? Shape.TERMINAL : Shape.TASK;
    }

    /** Each finding goes to the innermost state of this machine whose subtree it is in. */
    private static Map<State, Set<String>> byState(StateMachine machine, List<Finding> findings) {
        Map<State, Set<String>> out = new LinkedHashMap<>();
        List<State> states = machine.definition().allStates();
        for (Finding finding : findings) {
            if (finding.isSuppressed() || !finding.file().equals(machine.source().displayPath())) {
                continue;
            }
            State innermost = null;
            for (State state : states) {
                if (finding.path().startsWith(state.node().path())
                        && (innermost == null || state.node().path().size() > innermost.node().path().size())) {
                    innermost = state;
                }
            }
            if (innermost != null) {
                out.computeIfAbsent(innermost, s -> new java.util.TreeSet<>()).add(finding.rule().id());
            }
        }
        return out;
    }
}
