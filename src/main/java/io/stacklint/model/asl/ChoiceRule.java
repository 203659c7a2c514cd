package io.stacklint.model.asl;

import io.stacklint.model.NodeValues;
import io.stacklint.tree.MapNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One rule of a Choice state: a top-level entry of {@code Choices}, or a rule nested in its {@code And},
 * {@code Or} or {@code Not}. The label names it in messages: "rule 2", or "rule 2 (nested in And > Not)".
 */
public record ChoiceRule(MapNode node, String label, boolean nested) {
    /** Every rule of the state, top-level and nested, depth first in file order. */
    public static List<ChoiceRule> all(State state) {
        List<ChoiceRule> out = new ArrayList<>();
        List<MapNode> top = NodeValues.listedMaps(state.field("Choices"));
        for (int i = 0; i < top.size(); i++) {
            collect(new ChoiceRule(top.get(i), "rule " + (i + 1), false), "", out);
        }
        return out;
    }

    private static void collect(ChoiceRule rule, String chain, List<ChoiceRule> out) {
        out.add(rule);
        String top = rule.nested ? rule.label.substring(0, rule.label.indexOf(" (")) : rule.label;
        for (String combinator : new String[] {"And", "Or", "Not"}) {
            String inner = chain.isEmpty() ? combinator : chain + " > " + combinator;
            for (MapNode node : NodeValues.maps(rule.node.get(combinator))) {
                collect(new ChoiceRule(node, top + " (nested in " + inner + ")", true), inner, out);
            }
        }
    }
}
