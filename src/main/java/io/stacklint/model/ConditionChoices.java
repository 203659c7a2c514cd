package io.stacklint.model;

import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.SeqNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ways a node may be deployed: each CloudFormation condition its {@code Fn::If}s name is true or false, one
 * choice per condition as CloudFormation makes it. A check that judges every combination judges both branches
 * of every {@code Fn::If} and never mixes branches that cannot be deployed together.
 */
public final class ConditionChoices {
    private ConditionChoices() {
    }

    /**
     * Every combination for the conditions named below {@code node} (one empty choice when there are none);
     * beyond {@code maxConditions} conditions, only "all true" and "all false", since 2^n would not be bounded.
     */
    public static List<Map<String, Boolean>> combinations(Node node, int maxConditions) {
        Set<String> names = new LinkedHashSet<>();
        collect(node, names);
        List<Map<String, Boolean>> out = new ArrayList<>();
        List<String> list = new ArrayList<>(names);
        if (list.size() > maxConditions) {
            out.add(all(list, true));
            out.add(all(list, false));
            return out;
        }
        for (int bits = 0; bits < 1 << list.size(); bits++) {
            Map<String, Boolean> choice = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                choice.put(list.get(i), (bits & (1 << i)) == 0);
            }
            out.add(choice);
        }
        return out;
    }

    /** The branch an {@code Fn::If} takes under the choice (recursively); null for {@code AWS::NoValue}: no value at all. */
    public static Node choose(Node value, Map<String, Boolean> choice) {
        Node current = value;
        while (current instanceof MapNode map && conditionOf(map) != null && choice.containsKey(conditionOf(map))) {
            current = map.intrinsicArgument().asSeq().get(choice.get(conditionOf(map)) ? 1 : 2);
        }
        return NodeValues.isNoValue(current) ? null : current;
    }

    /** A copy of the tree with every chosen Fn::If replaced by its branch and AWS::NoValue dropped; positions kept. */
    public static Node resolve(Node node, Map<String, Boolean> choice) {
        Node chosen = choose(node, choice);
        if (chosen instanceof MapNode map) {
            MapNode copy = new MapNode(map.span(), map.path(), map.isShortForm());
            for (Entry entry : map.entries()) {
                Node value = resolve(entry.value(), choice);
                if (value != null) {
                    copy.put(new Entry(entry.key(), value));
                }
            }
            return copy;
        }
        if (chosen instanceof SeqNode seq) {
            SeqNode copy = new SeqNode(seq.span(), seq.path());
            for (Node item : seq.items()) {
                Node value = resolve(item, choice);
                if (value != null) {
                    copy.add(value);
                }
            }
            return copy;
        }
        return chosen;
    }


    private static String conditionOf(MapNode map) {
        if ("Fn::If".equals(map.intrinsicName()) && map.intrinsicArgument() instanceof SeqNode args && args.size() == 3
                && args.get(0).text() != null) {
            return args.get(0).text();
        }
        return null;
    }

    private static void collect(Node node, Set<String> names) {
        if (node instanceof MapNode map) {
            String condition = conditionOf(map);
            if (condition != null) {
                names.add(condition);
            }
            map.entries().forEach(entry -> collect(entry.value(), names));
        } else if (node instanceof SeqNode seq) {
            seq.items().forEach(item -> collect(item, names));
        }
    }

    private static Map<String, Boolean> all(List<String> names, boolean value) {
        Map<String, Boolean> out = new HashMap<>();
        names.forEach(name -> out.put(name, value));
        return out;
    }
}
