package io.stacklint.rules.builtin.asl.structure;

import io.stacklint.model.Booleans;
import io.stacklint.model.NodeValues;
import io.stacklint.model.asl.AslValues;
import io.stacklint.model.asl.State;
import io.stacklint.rules.builtin.asl.structure.StructureProblem.Kind;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fields that exclude each other or of which one is required: {@code Next} or {@code End}, a value or its
 * {@code Path} form, Wait's four ways of saying how long, a Map's processor, a Task's role.
 */
final class ExclusiveFields {
    private static final Set<String> GOES_ON = Set.of("Task", "Pass", "Wait", "Parallel", "Map");
    private static final String REJECTS = "; Step Functions rejects the definition";

    private ExclusiveFields() {
    }

    static void check(State state, List<StructureProblem> out) {
        String type = state.type();
        if (type == null) {
            return;
        }
        MapNode node = state.node();
        String label = Place.stateLabel(node, state.name());
        if (GOES_ON.contains(type)) {
            nextOrEnd(state, label, out);
        }
        switch (type) {
            case "Task" -> {
                atMostOne(node, label, out, "TimeoutSeconds", "TimeoutSecondsPath");
                atMostOne(node, label, out, "HeartbeatSeconds", "HeartbeatSecondsPath");
                credentials(state, out);
            }
            case "Wait" -> {
                String[] ways = {"Seconds", "Timestamp", "SecondsPath", "TimestampPath"};
                if (present(node, ways).isEmpty()) {
                    out.add(new StructureProblem(Kind.MISSING_FIELD, state.key(), SchemaProblems.capitalize(label)
                            + " has none of Seconds, Timestamp, SecondsPath and TimestampPath; it needs exactly one" + REJECTS));
                }
                atMostOne(node, label, out, ways);
            }
            case "Fail" -> {
                atMostOne(node, label, out, "Error", "ErrorPath");
                atMostOne(node, label, out, "Cause", "CausePath");
            }
            case "Map" -> map(state, label, out);
            default -> {
            }
        }
    }

    private static void map(State state, String label, List<StructureProblem> out) {
        MapNode node = state.node();
        if (present(node, "ItemProcessor", "Iterator").isEmpty()) {
            out.add(new StructureProblem(Kind.MISSING_FIELD, state.key(), SchemaProblems.capitalize(label)
                    + " has no ItemProcessor (or Iterator, its older name), which is required" + REJECTS));
        }
        atMostOne(node, label, out, "ItemProcessor", "Iterator");
        atMostOne(node, label, out, "ItemSelector", "Parameters");
        atMostOne(node, label, out, "MaxConcurrency", "MaxConcurrencyPath");
        atMostOne(node, label, out, "ToleratedFailureCount", "ToleratedFailureCountPath");
        atMostOne(node, label, out, "ToleratedFailurePercentage", "ToleratedFailurePercentagePath");
        String of = " of '" + state.name() + "'";
        MapNode reader = plainMap(node.get("ItemReader"));
        MapNode config = reader == null ? null : plainMap(reader.get("ReaderConfig"));
        if (config != null) {
            atMostOne(config, "ReaderConfig" + of, out, "MaxItems", "MaxItemsPath");
        }
        MapNode batcher = plainMap(node.get("ItemBatcher"));
        if (batcher != null) {
            atMostOne(batcher, "ItemBatcher" + of, out, "MaxItemsPerBatch", "MaxItemsPerBatchPath");
            atMostOne(batcher, "ItemBatcher" + of, out, "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath");
        }
    }

    private static void nextOrEnd(State state, String label, List<StructureProblem> out) {
        MapNode node = state.node();
        Node end = node.get("End");
        boolean ends = end != null && !Booleans.isFalse(end);
        if (node.has("Next") && ends) {
            out.add(new StructureProblem(Kind.CONFLICTING_FIELDS, node.entry("End").key(), SchemaProblems.capitalize(label)
                    + " has both Next and End; a state either goes on to its Next state or ends" + REJECTS));
        } else if (!node.has("Next") && !ends) {
            out.add(new StructureProblem(Kind.MISSING_FIELD, state.key(), SchemaProblems.capitalize(label)
                    + (end == null ? " has neither Next nor End" : " has End: false and no Next") + "; it needs one of them" + REJECTS));
        }
    }

    private static void credentials(State state, List<StructureProblem> out) {
        MapNode credentials = plainMap(state.field("Credentials"));
        if (credentials == null) {
            return;
        }
        String label = "Credentials of '" + state.name() + "'";
        if (present(credentials, "RoleArn", "RoleArn.$").isEmpty()) {
            out.add(new StructureProblem(Kind.MISSING_FIELD, state.node().entry("Credentials").key(),
                    label + " has no RoleArn, which is required" + REJECTS));
        }
        atMostOne(credentials, label, out, "RoleArn", "RoleArn.$");
    }

    /** Reports each field after the first present one, at its key. */
    private static void atMostOne(MapNode node, String label, List<StructureProblem> out, String... fields) {
        List<Entry> found = present(node, fields);
        for (int i = 1; i < found.size(); i++) {
            String others = String.join(" and ", found.subList(0, i).stream().map(Entry::name).toList());
            String rule = fields.length == 2 ? "it may have only one of them" : "it may have only one of " + Suggestions.list(List.of(fields));
            out.add(new StructureProblem(Kind.CONFLICTING_FIELDS, found.get(i).key(), SchemaProblems.capitalize(label)
                    + " has both " + others + " and " + found.get(i).name() + "; " + rule + REJECTS));
        }
    }

    /** The entries of these fields that the node has, in file order. */
    private static List<Entry> present(MapNode node, String... fields) {
        List<Entry> out = new ArrayList<>();
        for (Entry entry : node.entries()) {
            if (List.of(fields).contains(entry.name()) && !isNoValue(entry.value())) {
                out.add(entry);
            }
        }
        return out;
    }

    private static boolean isNoValue(Node value) {
        return NodeValues.alternatives(value).isEmpty();
    }

    static MapNode plainMap(Node node) {
        return node instanceof MapNode map && !AslValues.isSymbolic(map) ? map : null;
    }
}
