package io.stacklint.rules.yaml;

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
 * Both branches of {@code Fn::If}: a rule sees each way its node may be deployed. The CloudFormation conditions
 * a node's {@code Fn::If}s name are set true and false in every combination (one choice per condition, as
 * CloudFormation makes it), and the rule runs once per combination; the engine reports a finding found in
 * several combinations once.
 */
final class Branches {
    /** Beyond this many conditions, only "all true" and "all false" are read: 2^n readings would not be bounded. */
    private static final int MAX_CONDITIONS = 6;

    private Branches() {
    }

    /** Every combination of choices for the conditions that {@code Fn::If}s below {@code node} name; one empty one if none. */
    static List<Map<String, Boolean>> combinations(Node node) {
        Set<String> names = new LinkedHashSet<>();
        collect(node, names);
        List<Map<String, Boolean>> out = new ArrayList<>();
        if (names.isEmpty()) {
            out.add(Map.of());
            return out;
        }
        List<String> list = new ArrayList<>(names);
        if (list.size() > MAX_CONDITIONS) {
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

    /** The branch of an {@code Fn::If} the choice takes (recursively); null for {@code AWS::NoValue}: no value at all. */
    static Node choose(Node value, Map<String, Boolean> choice) {
        Node current = value;
        while (!choice.isEmpty() && current instanceof MapNode map && "Fn::If".equals(map.intrinsicName())
                && map.intrinsicArgument() instanceof SeqNode args && args.size() == 3 && args.get(0).text() != null
                && choice.containsKey(args.get(0).text())) {
            current = args.get(choice.get(args.get(0).text()) ? 1 : 2);
        }
        if (current instanceof MapNode map && "Ref".equals(map.intrinsicName()) && map.intrinsicArgument() != null
                && "AWS::NoValue".equals(map.intrinsicArgument().text())) {
            return null;
        }
        return current;
    }

    private static Map<String, Boolean> all(List<String> names, boolean value) {
        Map<String, Boolean> out = new HashMap<>();
        names.forEach(name -> out.put(name, value));
        return out;
    }

    private static void collect(Node node, Set<String> names) {
        if (node instanceof MapNode map) {
            if ("Fn::If".equals(map.intrinsicName()) && map.intrinsicArgument() instanceof SeqNode args && args.size() == 3
                    && args.get(0).text() != null) {
                names.add(args.get(0).text());
            }
            for (Entry entry : map.entries()) {
                collect(entry.value(), names);
            }
        } else if (node instanceof SeqNode seq) {
            seq.items().forEach(item -> collect(item, names));
        }
    }
}
