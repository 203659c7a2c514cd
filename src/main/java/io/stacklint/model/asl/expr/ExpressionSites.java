package io.stacklint.model.asl.expr;

import io.stacklint.model.NodeValues;
import io.stacklint.model.asl.State;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where a state writes paths, intrinsic functions, JSONata expressions and variable names. The fields of the
 * states nested in a Parallel or Map belong to those states, so {@code Branches}, {@code Iterator} and
 * {@code ItemProcessor} are not entered; nor is {@code Result}, a literal.
 */
public final class ExpressionSites {
    /** How a JSONPath-state value is read. */
    public enum Kind {
        /** A Path: the full JSONPath syntax. */
        PATH(false, false),
        /** A Reference Path: a path that identifies a single node. */
        REFERENCE_PATH(true, false),
        /** A path or an intrinsic function call: a {@code .$} field. */
        PATH_OR_FUNCTION(false, true),
        /** A Reference Path or an intrinsic function call: {@code ErrorPath}, {@code CausePath}. */
        REFERENCE_PATH_OR_FUNCTION(true, true);

        private final boolean singleNode;
        private final boolean allowsFunction;

        Kind(boolean singleNode, boolean allowsFunction) {
            this.singleNode = singleNode;
            this.allowsFunction = allowsFunction;
        }

        /** True when a path here must identify a single node (a Reference Path). */
        public boolean singleNode() {
            return singleNode;
        }

        public boolean allowsFunction() {
            return allowsFunction;
        }
    }

    /** A value to check: the node, the field name to show in a message, and how it is read. */
    public record Site(Node value, String field, Kind kind) {
    }

    /** Not entered: the nested states' own fields, and {@code Result}, a literal value where nothing is evaluated. */
    private static final Set<String> NOT_ENTERED = Set.of("Branches", "Iterator", "ItemProcessor", "Result");
    private static final Set<String> STATE_PATHS = Set.of("InputPath", "OutputPath");
    /** The fields the specification and the Step Functions guide call Reference Paths. */
    private static final Set<String> STATE_REFERENCE_PATHS = Set.of("ResultPath", "ItemsPath", "SecondsPath", "TimestampPath",
            "TimeoutSecondsPath", "HeartbeatSecondsPath", "MaxConcurrencyPath", "ToleratedFailureCountPath",
            "ToleratedFailurePercentagePath");
    /** Text fields that are never expressions. */
    private static final Set<String> NOT_EXPRESSIONS = Set.of("Type", "Next", "Default", "Comment", "Resource", "QueryLanguage",
            "StartAt", "ErrorEquals");

    /** Fields whose value is a payload the state builds, not ASL structure. */
    private static final Set<String> PAYLOADS = Set.of("Arguments", "Output", "Assign", "Parameters", "ResultSelector", "ItemSelector");

    private ExpressionSites() {
    }

    /** The paths and {@code .$} values of a state read as JSONPath. */
    public static List<Site> jsonPathSites(State state) {
        List<Site> out = new ArrayList<>();
        MapNode node = state.node();
        for (Entry entry : node.entries()) {
            String name = entry.name();
            if (STATE_PATHS.contains(name)) {
                out.add(new Site(entry.value(), name, Kind.PATH));
            } else if (STATE_REFERENCE_PATHS.contains(name)) {
                out.add(new Site(entry.value(), name, Kind.REFERENCE_PATH));
            } else if (name.equals("ErrorPath") || name.equals("CausePath")) {
                out.add(new Site(entry.value(), name, Kind.REFERENCE_PATH_OR_FUNCTION));
            }
        }
        MapNode reader = node.map("ItemReader");
        MapNode readerConfig = reader == null ? null : reader.map("ReaderConfig");
        if (readerConfig != null && readerConfig.has("MaxItemsPath")) {
            out.add(new Site(readerConfig.get("MaxItemsPath"), "MaxItemsPath", Kind.REFERENCE_PATH));
        }
        for (MapNode catcher : NodeValues.listedMaps(node.get("Catch"))) {
            if (catcher.has("ResultPath")) {
                out.add(new Site(catcher.get("ResultPath"), "Catch ResultPath", Kind.REFERENCE_PATH));
            }
        }
        for (MapNode rule : NodeValues.listedMaps(node.get("Choices"))) {
            choiceRule(rule, out);
        }
        walk(node, true, entry -> {
            if (entry.name().endsWith(".$") && entry.name().length() > 2) {
                out.add(new Site(entry.value(), "'" + entry.name() + "'", Kind.PATH_OR_FUNCTION));
            }
        });
        return out;
    }

    private static void choiceRule(MapNode rule, List<Site> out) {
        for (Entry entry : rule.entries()) {
            String name = entry.name();
            if (name.equals("Variable")) {
                out.add(new Site(entry.value(), name, Kind.PATH));
            } else if (name.endsWith("Path") && name.length() > 4) {
                out.add(new Site(entry.value(), name, Kind.PATH));
            } else if (name.equals("And") || name.equals("Or")) {
                NodeValues.maps(entry.value()).forEach(nested -> choiceRule(nested, out));
            } else if (name.equals("Not") && entry.value() instanceof MapNode nested) {
                choiceRule(nested, out);
            }
        }
    }

    /** Every string of a state that could hold a JSONata expression ({@code Comment}, {@code Next}... excluded). */
    public static List<ScalarNode> strings(State state) {
        List<ScalarNode> out = new ArrayList<>();
        collectStrings(state.node(), true, false, out);
        return out;
    }

    /**
     * {@code inPayload}: below a field whose value is the user's own data (Arguments, Output, ...), where a key
     * named Type or Resource is just a key, and its value may be an expression like any other.
     */
    private static void collectStrings(Node node, boolean top, boolean inPayload, List<ScalarNode> out) {
        if (node instanceof ScalarNode scalar) {
            if (scalar.isString() && scalar.value() != null) {
                out.add(scalar);
            }
        } else if (node instanceof SeqNode seq) {
            seq.items().forEach(item -> collectStrings(item, false, inPayload, out));
        } else if (node instanceof MapNode map) {
            for (Entry entry : map.entries()) {
                if ((!inPayload && NOT_EXPRESSIONS.contains(entry.name())) || (top && NOT_ENTERED.contains(entry.name()))) {
                    continue;
                }
                collectStrings(entry.value(), false, inPayload || PAYLOADS.contains(entry.name()), out);
            }
        }
    }

    /** The {@code Assign} blocks of a state: its own, its Choice rules' and its catchers'. */
    public static List<MapNode> assignBlocks(State state) {
        List<MapNode> out = new ArrayList<>();
        walk(state.node(), true, entry -> {
            if (entry.name().equals("Assign") && entry.value() instanceof MapNode block && block.intrinsicName() == null) {
                out.add(block);
            }
        });
        return out;
    }

    /** Where a value sits in its state, for messages: {@code Arguments.Payload.items[0]}. */
    public static String label(State state, Node value) {
        List<Object> segments = value.path().segments();
        StringBuilder out = new StringBuilder();
        for (int i = state.node().path().size(); i < segments.size(); i++) {
            Object segment = segments.get(i);
            if (segment instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(segment);
            }
        }
        return out.toString();
    }

    private static void walk(Node node, boolean top, Consumer<Entry> action) {
        if (node instanceof SeqNode seq) {
            seq.items().forEach(item -> walk(item, false, action));
        } else if (node instanceof MapNode map) {
            for (Entry entry : map.entries()) {
                if (top && NOT_ENTERED.contains(entry.name())) {
                    continue;
                }
                action.accept(entry);
                walk(entry.value(), false, action);
            }
        }
    }
}
