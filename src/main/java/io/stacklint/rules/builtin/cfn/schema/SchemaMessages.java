package io.stacklint.rules.builtin.cfn.schema;

import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.schema.SchemaError;
import io.stacklint.tree.schema.TreeSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What CFN026 says of a resource schema's complaint, in the words it has used since it ran on networknt's
 * validator (fixtures, baselines and users' suppressions know them): {@code required property 'Code' not found}.
 */
public final class SchemaMessages {
    private SchemaMessages() {
    }

    /** The complaint about {@code at}, the node the error's path leads to. */
    public static String text(SchemaError error, Node at) {
        TreeSchema schema = error.schema();
        return switch (error.keyword()) {
            case "type" -> foundType(at) + " found, " + expectedType(schema) + " expected";
            case "enum" -> "does not have a value in the enumeration " + enumeration(schema);
            case "pattern" -> "does not match the regex pattern " + schema.keyword("pattern").text();
            case "minimum" -> "must have a minimum value of " + schema.keyword("minimum").text();
            case "maximum" -> "must have a maximum value of " + schema.keyword("maximum").text();
            case "minLength" -> "must be at least " + schema.keyword("minLength").text() + " characters long";
            case "maxLength" -> "must be at most " + schema.keyword("maxLength").text() + " characters long";
            case "minItems" -> "must have at least " + schema.keyword("minItems").text() + " items but found " + at.asSeq().size();
            case "maxItems" -> "must have at most " + schema.keyword("maxItems").text() + " items but found " + at.asSeq().size();
            case "required" -> "required property '" + error.property() + "' not found";
            case "additionalProperties" -> "property '" + error.property()
                    + "' is not defined in the schema and the schema does not allow additional properties";
            case "uniqueItems" -> "must have only unique items in the array";
            case "dependencies" -> dependencies(schema, (MapNode) at);
            default -> error.keyword();
        };
    }

    /** The type or types the schema declares: {@code object}, {@code [object, string]}. */
    public static String expectedType(TreeSchema schema) {
        Node type = schema.keyword("type");
        return type.asSeq() != null ? type.asSeq().items().stream().map(Node::text).collect(Collectors.joining(", ", "[", "]")) : type.text();
    }

    /** The enum's members as JSON: {@code ["ALL", "ERROR"]}, {@code [1, 3, 5]}. */
    public static String enumeration(TreeSchema schema) {
        return schema.keyword("enum").asSeq().items().stream().map(SchemaMessages::json).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String json(Node member) {
        ScalarNode scalar = member.asScalar();
        if (scalar != null && scalar.isString()) {
            return '"' + scalar.value().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return scalar == null || scalar.value() == null ? "null" : scalar.value();
    }

    private static String foundType(Node at) {
        if (at instanceof MapNode) {
            return "object";
        }
        if (at.asSeq() != null) {
            return "array";
        }
        ScalarNode scalar = at.asScalar();
        return switch (scalar.kind()) {
            case NULL -> "null";
            case BOOLEAN -> scalar.value().equalsIgnoreCase("true") || scalar.value().equalsIgnoreCase("false") ? "boolean" : "string";
            // Read as a double, as the validator CFN026 used before saw it: 5 is a number too.
            case NUMBER -> scalar.number() == null ? "string" : "number";
            case STRING -> "string";
        };
    }

    /** {@code RecoveryPeriodInDays needs PointInTimeRecoveryEnabled beside it}, for each present field lacking its company. */
    private static String dependencies(TreeSchema schema, MapNode map) {
        List<String> out = new ArrayList<>();
        for (var dependency : schema.keyword("dependencies").asMap().entries()) {
            if (map.has(dependency.name()) && dependency.value().asSeq() != null) {
                List<String> missing = dependency.value().asSeq().items().stream().map(Node::text).filter(n -> !map.has(n)).toList();
                if (!missing.isEmpty()) {
                    out.add(dependency.name() + " needs " + String.join(" and ", missing) + " beside it");
                }
            }
        }
        return out.isEmpty() ? "has an error with dependencies" : String.join("; ", out);
    }
}
