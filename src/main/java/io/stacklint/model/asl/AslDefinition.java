package io.stacklint.model.asl;

import io.stacklint.model.NodeValues;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * One scope of states: a whole state machine's definition, a {@code Parallel} branch, or a {@code Map}
 * state's processor. Each has its own {@code StartAt} and {@code States}.
 */
public final class AslDefinition {
    private final MapNode node;
    private final State owner;
    private final List<State> states = new ArrayList<>();
    private java.util.Map<String, State> byName;

    /** A whole state machine's definition. */
    public AslDefinition(MapNode node) {
        this(node, null);
    }

    private AslDefinition(MapNode node, State owner) {
        this.node = node;
        this.owner = owner;
        for (MapNode section : NodeValues.maps(node.get("States"))) {
            for (Entry entry : section.entries()) {
                // A state given as !Ref AWS::NoValue (under an Fn::If) is not deployed: it is no state at all.
                if (entry.value() instanceof MapNode body && !NodeValues.isNoValue(body)) {
                    states.add(new State(entry.name(), entry.key(), body, this));
                }
            }
        }
    }


    public MapNode node() {
        return node;
    }

    /** The Parallel or Map state this scope belongs to; null for the whole definition. */
    public State owner() {
        return owner;
    }

    public Node startAt() {
        return node.get("StartAt");
    }

    public List<State> states() {
        return java.util.Collections.unmodifiableList(states);
    }

    /** The first state of this scope with that name (a second one is a duplicate another rule reports). */
    public State state(String name) {
        if (byName == null) {
            byName = new java.util.HashMap<>();
            for (State state : states) {
                byName.putIfAbsent(state.name(), state);
            }
        }
        return byName.get(name);
    }

    /** Every state of this scope and of the scopes nested in it, depth first in file order. */
    public List<State> allStates() {
        List<State> out = new ArrayList<>();
        for (State state : states) {
            out.add(state);
            for (AslDefinition child : state.children()) {
                out.addAll(child.allStates());
            }
        }
        return out;
    }

    static List<AslDefinition> childrenOf(State owner) {
        MapNode state = owner.node();
        List<AslDefinition> out = new ArrayList<>();
        for (MapNode branch : NodeValues.listedMaps(state.get("Branches"))) {
            out.add(new AslDefinition(branch, owner));
        }
        for (String key : new String[] {"ItemProcessor", "Iterator"}) {
            for (MapNode processor : NodeValues.maps(state.get(key))) {
                out.add(new AslDefinition(processor, owner));
            }
        }
        return out;
    }
}
