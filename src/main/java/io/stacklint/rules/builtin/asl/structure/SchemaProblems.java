package io.stacklint.rules.builtin.asl.structure;

import io.stacklint.model.asl.QueryLanguage;
import io.stacklint.rules.builtin.asl.structure.StructureProblem.Kind;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.schema.SchemaError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Turns the schema validator's messages into problems: each at the node it is about, in our words, and
 * none about a value decided at deploy time or a JSONata expression where one is allowed.
 */
final class SchemaProblems {
    private static final String REJECTS = "; Step Functions rejects the definition";

    private SchemaProblems() {
    }

    /** {@code languageOf} gives the query language of a state's node; null outside states. */
    static List<StructureProblem> of(MapNode definition, ScalarNode rootKey, Function<MapNode, QueryLanguage> languageOf) {
        AslSchema schema = AslSchema.get();
        List<StructureProblem> out = new ArrayList<>();
        for (SchemaError message : schema.validate(definition)) {
            Place place = Place.of(definition, rootKey, message.path());
            if (place.symbolic()) {
                continue;
            }
            QueryLanguage language = place.state() == null ? null : languageOf.apply(place.state());
            StructureProblem problem = problem(schema, message, place, language);
            if (problem != null) {
                out.add(problem);
            }
        }
        return out;
    }

    private static StructureProblem problem(AslSchema schema, SchemaError message, Place place, QueryLanguage language) {
        String type = message.keyword();
        if ("additionalProperties".equals(type)) {
            return unknownField(schema, message, place);
        }
        if ("required".equals(type)) {
            String field = message.property();
            return new StructureProblem(Kind.MISSING_FIELD, place.anchor(),
                    capitalize(place.label()) + " has no " + field + ", which is required" + REJECTS);
        }
        String expected = message.schema().description();
        Node value = place.node();
        if (Expressions.isJsonata(value)) {
            if (language == QueryLanguage.JSONATA) {
                return null;
            }
            return new StructureProblem(Kind.OTHER_QUERY_LANGUAGE, value, subject(place) + " is a JSONata expression, but "
                    + (place.state() == null ? "the definition" : "the state") + " uses JSONPath, where it must be " + expected
                    + " (set QueryLanguage to JSONata, or use the field's Path form)" + REJECTS);
        }
        String must = expected == null ? "what the schema's " + type + " allows" : expected;
        if (language == QueryLanguage.JSONATA && value instanceof ScalarNode scalar && scalar.isString()
                && ("type".equals(type)) && !must.contains("string")) {
            must += ", or a JSONata expression \"{% ... %}\"";
        }
        if ("type".equals(type)) {
            return new StructureProblem(Kind.WRONG_TYPE, value, subject(place) + " is " + typed(value) + "; it must be " + must + REJECTS);
        }
        if ("propertyNames".equals(type)) {
            return new StructureProblem(Kind.OUT_OF_RANGE, place.anchor(), "State name '" + message.property() + "' has "
                    + message.property().length() + " characters; a state name must have 1 to 80" + REJECTS);
        }
        return new StructureProblem(Kind.OUT_OF_RANGE, value, subject(place) + " is " + shown(value) + "; it must be " + must + REJECTS);
    }

    private static StructureProblem unknownField(AslSchema schema, SchemaError message, Place place) {
        String field = message.property();
        MapNode object = place.node().asMap();
        Node at = object != null && object.entry(field) != null ? object.entry(field).key() : place.anchor();
        StringBuilder text = new StringBuilder("'" + field + "' is not a field of " + place.label());
        List<String> types = schema.stateTypesTaking(field);
        boolean isState = place.state() != null && place.state() == place.node();
        String suggestion = Suggestions.closest(field, message.schema().propertyNames());
        if (suggestion != null) {
            text.append(" (did you mean '").append(suggestion).append("'?)");
        } else if (isState && !types.isEmpty()) {
            text.append(" (only ").append(Suggestions.list(types)).append(types.size() == 1 ? " states take it)" : " states take it)");
        } else if ("QueryLanguage".equals(field)) {
            text.append(" (QueryLanguage belongs on the state machine or on a state)");
        }
        return new StructureProblem(Kind.UNKNOWN_FIELD, at, text + REJECTS);
    }

    /** "TimeoutSeconds of Task state 'X'", or the label alone for a list item. */
    private static String subject(Place place) {
        return place.field() == null ? capitalize(place.label()) : place.field() + " of " + place.container();
    }

    private static String shown(Node value) {
        if (value instanceof ScalarNode scalar && !scalar.isNull() && scalar.value() != null) {
            return scalar.isString() ? "'" + scalar.value() + "'" : scalar.value();
        }
        if (value instanceof io.stacklint.tree.SeqNode seq && seq.size() == 0) {
            return "an empty list";
        }
        return value instanceof MapNode map && map.size() == 0 ? "an empty mapping" : value.describe();
    }

    private static String typed(Node value) {
        if (value instanceof ScalarNode scalar && !scalar.isNull() && scalar.value() != null) {
            return scalar.isString() ? "the string '" + scalar.value() + "'" : scalar.describe() + " (" + scalar.value() + ")";
        }
        return value.describe();
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
