package io.stacklint.rules.builtin.asl.structure;

import io.stacklint.model.asl.AslValues;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.util.List;

/**
 * Where a JSON path of the validator lands in our tree: the node, the key naming it, the innermost state
 * around it, and words for it ("Task state 'Charge'", "Retry entry 2 of 'Charge'").
 *
 * @param node      the node at the path (the deepest one found, when the path leaves the tree)
 * @param key       the key of the entry holding {@code node}; null for list items and the root
 * @param field     that key's name; null for list items and the root
 * @param state     the innermost state containing the node, or the state itself; null above the states
 * @param label     words for the node as an object
 * @param container words for the object that holds the node
 * @param symbolic  true when the node or one around it is decided at deploy time
 */
record Place(Node node, ScalarNode key, String field, MapNode state, String label, String container, boolean symbolic) {
    static final String ROOT_LABEL = "the state machine definition";

    /** {@code rootKey}: the key naming the whole definition (a template's {@code Definition}), or null. */
    static Place of(Node root, ScalarNode rootKey, List<Object> path) {
        Node node = root;
        ScalarNode key = rootKey;
        String field = null;
        MapNode state = null;
        String stateName = null;
        String label = ROOT_LABEL;
        String container = ROOT_LABEL;
        boolean symbolic = AslValues.isSymbolic(root);
        Object previous = null;
        for (Object element : path) {
            Node next;
            String nextLabel;
            if (node instanceof MapNode map && map.entry(String.valueOf(element)) != null) {
                Entry entry = map.entry(String.valueOf(element));
                next = entry.value();
                key = entry.key();
                field = entry.name();
                if ("States".equals(previous)) {
                    state = next instanceof MapNode body ? body : null;
                    stateName = field;
                    nextLabel = state != null ? stateLabel(state, field) : "state '" + field + "'";
                    field = null;
                } else if (stateName == null) {
                    nextLabel = field + " of the state machine definition";
                } else {
                    nextLabel = field + " of '" + stateName + "'";
                }
            } else if (node instanceof SeqNode seq && element instanceof Integer index && seq.get(index) != null) {
                next = seq.get(index);
                key = null;
                field = null;
                nextLabel = itemLabel(String.valueOf(previous), index, stateName);
            } else {
                break;
            }
            container = label;
            label = nextLabel;
            node = next;
            symbolic |= AslValues.isSymbolic(node);
            previous = element;
        }
        return new Place(node, key, field, state, label, container, symbolic);
    }

    static String stateLabel(MapNode body, String name) {
        String type = body.text("Type");
        return (type != null && AslSchema.STATE_TYPES.contains(type) ? type + " state" : "state") + " '" + name + "'";
    }

    private static String itemLabel(String list, int index, String stateName) {
        String of = stateName == null ? "the state machine definition" : "'" + stateName + "'";
        return switch (list) {
            case "Branches" -> "branch " + (index + 1) + " of " + of;
            case "Retry", "Catch" -> list + " entry " + (index + 1) + " of " + of;
            case "Choices" -> "Choice rule " + (index + 1) + " of " + of;
            case "And", "Or" -> "a nested Choice rule of " + of;
            default -> "item " + (index + 1) + " of " + list + " of " + of;
        };
    }

    /** The node findings about this place point at: the key of a field, else the node itself. */
    Node anchor() {
        return key != null ? key : node;
    }
}
