package io.stacklint.rules.builtin.asl.structure;

import io.stacklint.model.NodeValues;
import io.stacklint.model.asl.QueryLanguage;
import io.stacklint.model.asl.State;
import io.stacklint.rules.builtin.asl.structure.StructureProblem.Kind;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fields of one query language written in a state of the other: {@code InputPath}, {@code Parameters},
 * {@code ResultSelector}, {@code ResultPath}, {@code OutputPath}, {@code Path} forms and {@code .$} keys
 * belong to JSONPath; {@code Arguments}, {@code Output}, {@code Items} and {@code Condition} to JSONata.
 * {@code Assign} belongs to both. Payloads are not searched for the other language's syntax: AWS accepts a
 * {@code "x.$"} key in a JSONata {@code Output} and a {@code {% %}} string in a JSONPath {@code Parameters} as
 * literals (LocalStack's recorded {@code outputdecl/base_literals} and {@code assign/base_var}).
 */
final class LanguageFields {
    private static final String REJECTS = "; Step Functions rejects the definition";
    /** JSONPath-only state fields and what a JSONata state writes instead. */
    private static final Map<String, String> JSONPATH_ONLY = new LinkedHashMap<>();
    /** JSONata-only state fields and what a JSONPath state writes instead. */
    private static final Map<String, String> JSONATA_ONLY = Map.of(
            "Arguments", "Parameters",
            "Output", "InputPath, Parameters, ResultSelector, ResultPath or OutputPath",
            "Items", "ItemsPath");

    static {
        JSONPATH_ONLY.put("InputPath", "Arguments, reading the input as $states.input");
        JSONPATH_ONLY.put("Parameters", "Arguments");
        JSONPATH_ONLY.put("ResultSelector", "Output");
        JSONPATH_ONLY.put("ResultPath", "Output or Assign");
        JSONPATH_ONLY.put("OutputPath", "Output");
        JSONPATH_ONLY.put("Result", "Output");
        JSONPATH_ONLY.put("ItemsPath", "Items");
        for (String field : List.of("TimeoutSeconds", "HeartbeatSeconds", "Seconds", "Timestamp", "Error", "Cause",
                "MaxConcurrency", "ToleratedFailureCount", "ToleratedFailurePercentage")) {
            JSONPATH_ONLY.put(field + "Path", field + " with a {% ... %} expression");
        }
    }

    private LanguageFields() {
    }

    static void check(State state, QueryLanguage machineLanguage, List<StructureProblem> out) {
        String type = state.type();
        if (type == null) {
            return;
        }
        MapNode node = state.node();
        if (machineLanguage == QueryLanguage.JSONATA && "JSONPath".equals(node.text("QueryLanguage"))) {
            // AWS's answer for such a state is the downgrade alone; its fields are not judged on top of it.
            out.add(new StructureProblem(Kind.QUERY_LANGUAGE_DOWNGRADE, node.get("QueryLanguage"), SchemaProblems.capitalize(
                    Place.stateLabel(node, state.name())) + " sets QueryLanguage to JSONPath, but the state machine uses JSONata,"
                    + " and a JSONata state machine cannot go back to JSONPath state by state" + REJECTS));
            return;
        }
        String label = SchemaProblems.capitalize(Place.stateLabel(node, state.name()));
        if (QueryLanguage.of(state) == QueryLanguage.JSONATA) {
            jsonataState(state, label, out);
        } else {
            jsonPathState(state, label, out);
        }
    }

    private static void jsonataState(State state, String label, List<StructureProblem> out) {
        MapNode node = state.node();
        String type = state.type();
        for (Entry entry : node.entries()) {
            String instead = JSONPATH_ONLY.get(entry.name());
            if (instead != null && takes(type, entry.name())) {
                if ("Parameters".equals(entry.name())) {
                    instead = "Map".equals(type) ? "ItemSelector" : "Pass".equals(type) ? "Output" : "Arguments";
                }
                out.add(otherLanguage(entry, label, QueryLanguage.JSONATA, instead));
            }
        }
        String of = " of '" + state.name() + "'";
        List<MapNode> catchers = NodeValues.listedMaps(node.get("Catch"));
        for (int i = 0; i < catchers.size(); i++) {
            MapNode catcher = catchers.get(i);
            if (catcher.entry("ResultPath") != null) {
                out.add(otherLanguage(catcher.entry("ResultPath"), "Catch entry " + (i + 1) + of, QueryLanguage.JSONATA, "Output or Assign"));
            }
        }
        MapNode credentials = ExclusiveFields.plainMap(node.get("Credentials"));
        if (credentials != null && credentials.entry("RoleArn.$") != null) {
            out.add(otherLanguage(credentials.entry("RoleArn.$"), "Credentials" + of, QueryLanguage.JSONATA, "RoleArn with a {% ... %} expression"));
        }
        for (String part : List.of("ItemReader", "ResultWriter")) {
            MapNode object = ExclusiveFields.plainMap(node.get(part));
            if (object != null && object.entry("Parameters") != null) {
                out.add(otherLanguage(object.entry("Parameters"), part + of, QueryLanguage.JSONATA, "Arguments"));
            }
        }
        MapNode reader = ExclusiveFields.plainMap(node.get("ItemReader"));
        MapNode config = reader == null ? null : ExclusiveFields.plainMap(reader.get("ReaderConfig"));
        if (config != null && config.entry("MaxItemsPath") != null) {
            out.add(otherLanguage(config.entry("MaxItemsPath"), "ReaderConfig" + of, QueryLanguage.JSONATA, "MaxItems with a {% ... %} expression"));
        }
        MapNode batcher = ExclusiveFields.plainMap(node.get("ItemBatcher"));
        if (batcher != null) {
            for (String field : List.of("MaxItemsPerBatchPath", "MaxInputBytesPerBatchPath")) {
                if (batcher.entry(field) != null) {
                    out.add(otherLanguage(batcher.entry(field), "ItemBatcher" + of, QueryLanguage.JSONATA,
                            field.substring(0, field.length() - 4) + " with a {% ... %} expression"));
                }
            }
        }
    }

    private static void jsonPathState(State state, String label, List<StructureProblem> out) {
        MapNode node = state.node();
        for (Entry entry : node.entries()) {
            String instead = JSONATA_ONLY.get(entry.name());
            if (instead != null && takes(state.type(), entry.name())) {
                out.add(otherLanguage(entry, label, QueryLanguage.JSONPATH, instead));
            }
        }
        String of = " of '" + state.name() + "'";
        List<MapNode> catchers = NodeValues.listedMaps(node.get("Catch"));
        for (int i = 0; i < catchers.size(); i++) {
            MapNode catcher = catchers.get(i);
            if (catcher.entry("Output") != null) {
                out.add(otherLanguage(catcher.entry("Output"), "Catch entry " + (i + 1) + of, QueryLanguage.JSONPATH, "ResultPath"));
            }
        }
        for (String part : List.of("ItemReader", "ResultWriter")) {
            MapNode object = ExclusiveFields.plainMap(node.get(part));
            if (object != null && object.entry("Arguments") != null) {
                out.add(otherLanguage(object.entry("Arguments"), part + of, QueryLanguage.JSONPATH, "Parameters"));
            }
        }
    }

    private static boolean takes(String type, String field) {
        return AslSchema.get().stateTypesTaking(field).contains(type);
    }

    private static StructureProblem otherLanguage(Entry entry, String label, QueryLanguage language, String instead) {
        QueryLanguage other = language == QueryLanguage.JSONATA ? QueryLanguage.JSONPATH : QueryLanguage.JSONATA;
        String fix = language == QueryLanguage.JSONPATH ? "use " + instead + ", or set QueryLanguage to JSONata" : "use " + instead;
        return new StructureProblem(Kind.OTHER_QUERY_LANGUAGE, entry.key(), label + " uses " + language.written() + ", where "
                + entry.name() + " is not supported (it is " + other.written() + " only): " + fix + REJECTS);
    }


}
