package io.stacklint.rules.builtin.cfn.schema;

import io.stacklint.model.asl.AslValues;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.schema.SchemaError;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a resource schema's message may not be taken as CloudFormation's answer for: a value decided at deploy
 * time or by a tool that runs before CloudFormation, a scalar CloudFormation converts to the declared type, and
 * the branches of a choice ({@code oneOf}, {@code anyOf}), whose messages say what one branch wanted, not what
 * is wrong.
 */
public final class UndecidedValues {
    /**
     * Properties that {@code aws cloudformation package} (and {@code sam package}) replace when they hold a local
     * path: a string there is a file to upload, not the object the schema describes.
     */
    private static final Map<String, Set<String>> PACKAGED = Map.of(
            "AWS::Lambda::Function", Set.of("Code"),
            "AWS::StepFunctions::StateMachine", Set.of("DefinitionS3Location"));

    private UndecidedValues() {
    }

    /** True when {@code error} about {@code at} (a node of a {@code type}'s properties) is not a certain rejection. */
    public static boolean skipped(String type, MapNode properties, SchemaError error, Node at) {
        // The branches of a choice (oneOf, anyOf) never reach here: the validator reports the choice, not a branch.
        List<Object> path = error.path();
        return decidedAtDeployTime(properties, path, error.keyword()) || converted(error, at) || packaged(type, properties, path);
    }

    private static boolean packaged(String type, MapNode properties, List<Object> path) {
        if (path.isEmpty() || !PACKAGED.getOrDefault(type, Set.of()).contains(String.valueOf(path.get(0)))) {
            return false;
        }
        return properties.get(String.valueOf(path.get(0))) instanceof ScalarNode scalar && scalar.isString();
    }

    /** True when the value, or a value on the way to it, is an intrinsic function or a ${Name} placeholder. */
    private static boolean decidedAtDeployTime(MapNode properties, List<Object> path, String keyword) {
        Node node = properties;
        for (int i = 0; i <= path.size(); i++) {
            if (node instanceof MapNode map && function(map) || AslValues.isSymbolic(node)) {
                return true;
            }
            if (i == path.size()) {
                break;
            }
            Object element = path.get(i);
            Node next = node instanceof MapNode map ? map.get(String.valueOf(element))
                    : node != null && node.asSeq() != null && element instanceof Integer index ? node.asSeq().get(index) : null;
            if (next == null) {
                return false;
            }
            node = next;
        }
        // A list holding an Fn::If item may lose it (AWS::NoValue), and items holding intrinsics may turn out equal.
        // Keys are always literal, so what is required, unknown or depended on is decided by the written keys.
        return switch (keyword) {
            case "minItems", "maxItems" -> node.asSeq() != null && node.asSeq().items().stream()
                    .anyMatch(item -> item instanceof MapNode map && function(map));
            case "uniqueItems" -> containsFunction(node);
            default -> false;
        };
    }

    /**
     * An intrinsic function, one CloudFormation added after this linter (any {@code Fn::} key alone), or a
     * directive of a tool that rewrites the template before CloudFormation reads it ({@code Rain::Embed: file},
     * {@code Rain::Module}, {@code Rain::S3} of AWS's rain CLI).
     */
    private static boolean function(MapNode map) {
        if (map.intrinsicName() != null) {
            return true;
        }
        if (map.entries().size() != 1) {
            return false;
        }
        String key = map.entries().get(0).name();
        return key.startsWith("Fn::") || key.startsWith("Rain::");
    }

    private static boolean containsFunction(Node node) {
        if (node instanceof MapNode map) {
            return function(map) || map.entries().stream().anyMatch(e -> containsFunction(e.value()));
        }
        return node != null && node.asSeq() != null && node.asSeq().items().stream().anyMatch(UndecidedValues::containsFunction);
    }

    /**
     * A scalar CloudFormation converts to the declared type: a numeric or boolean string, a number for a string,
     * and a numeric string for an enumeration of numbers ({@code RetentionInDays: '90'}).
     */
    private static boolean converted(SchemaError error, Node at) {
        if (!(at instanceof ScalarNode scalar)) {
            return false;
        }
        if (scalar.value() == null || scalar.kind() == ScalarNode.Kind.NULL) {
            // An empty value (Events: with nothing after it): SAM reads it as absent, and so does this linter.
            return "type".equals(error.keyword());
        }
        String value = scalar.value();
        if ("enum".equals(error.keyword())) {
            return scalar.isString() && value.matches("-?\\d+(\\.\\d+)?") && SchemaMessages.enumeration(error.schema()).matches(
                    ".*[\\[ ,]" + java.util.regex.Pattern.quote(value.replaceFirst("\\.0+$", "")) + "[\\], ].*");
        }
        if (!"type".equals(error.keyword())) {
            return false;
        }
        String expected = SchemaMessages.expectedType(error.schema());
        if (expected.contains("string")) {
            return !scalar.isString();
        }
        if (expected.contains("integer") || expected.contains("number")) {
            return scalar.isString() && value.matches("-?\\d+(\\.\\d+)?");
        }
        if (expected.contains("boolean")) {
            return scalar.isString() && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"));
        }
        return false;
    }
}
