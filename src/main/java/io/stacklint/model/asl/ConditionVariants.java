package io.stacklint.model.asl;

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
 * A {@code Definition} object as each deployment sees it: every CloudFormation condition its {@code Fn::If}s
 * name taken as true and as false (one choice per condition, as CloudFormation makes it), each {@code Fn::If}
 * replaced by the branch chosen and {@code AWS::NoValue} dropped. Every check then judges each variant; nodes
 * keep their positions, and a finding found in several variants is reported once by the engine.
 */
final class ConditionVariants {
    /** Beyond this many conditions, only "all true" and "all false" are built: 2^n variants would not be bounded. */
    private static final int MAX_CONDITIONS = 4;

    private ConditionVariants() {
    }

    static List<MapNode> of(MapNode definition) {
        Set<String> names = new LinkedHashSet<>();
        collect(definition, names);
        if (names.isEmpty()) {
            return List.of(definition);
        }
        List<String> list = new ArrayList<>(names);
        List<Map<String, Boolean>> choices = new ArrayList<>();
        if (list.size() > MAX_CONDITIONS) {
            choices.add(all(list, true));
            choices.add(all(list, false));
        } else {
            for (int bits = 0; bits < 1 << list.size(); bits++) {
                Map<String, Boolean> choice = new HashMap<>();
                for (int i = 0; i < list.size(); i++) {
                    choice.put(list.get(i), (bits & (1 << i)) == 0);
                }
                choices.add(choice);
            }
        }
        List<MapNode> out = new ArrayList<>();
        for (Map<String, Boolean> choice : choices) {
            if (resolve(definition, choice) instanceof MapNode variant) {
                out.add(variant);
            }
        }
        return out;
    }

    /** The node with each Fn::If replaced by its chosen branch; null where AWS::NoValue leaves nothing. */
    private static Node resolve(Node node, Map<String, Boolean> choice) {
        if (node instanceof MapNode map) {
            String condition = conditionOf(map);
            if (condition != null) {
                SeqNode args = map.intrinsicArgument().asSeq();
                return resolve(args.get(choice.get(condition) ? 1 : 2), choice);
            }
            if ("Ref".equals(map.intrinsicName()) && map.intrinsicArgument() != null && "AWS::NoValue".equals(map.intrinsicArgument().text())) {
                return null;
            }
            MapNode copy = new MapNode(map.span(), map.path(), map.isShortForm());
            for (Entry entry : map.entries()) {
                Node value = resolve(entry.value(), choice);
                if (value != null) {
                    copy.put(new Entry(entry.key(), value));
                }
            }
            return copy;
        }
        if (node instanceof SeqNode seq) {
            SeqNode copy = new SeqNode(seq.span(), seq.path());
            for (Node item : seq.items()) {
                Node value = resolve(item, choice);
                if (value != null) {
                    copy.add(value);
                }
            }
            return copy;
        }
        return node;
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
