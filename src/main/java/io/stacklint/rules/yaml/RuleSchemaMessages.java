package io.stacklint.rules.yaml;

import com.networknt.schema.ValidationMessage;
import io.stacklint.tree.Node;

/** Schema validator messages rewritten in the words of a rule file: the field, what it is, what it must be. */
final class RuleSchemaMessages {
    private RuleSchemaMessages() {
    }

    static String humanize(ValidationMessage message, Node node) {
        String location = message.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
        String where = location.isEmpty() ? "the rule" : "'" + location + "'";
        Object[] args = message.getArguments();
        return switch (message.getType()) {
            case "additionalProperties" -> "unknown field '" + message.getProperty() + "' in " + where + allowed(location);
            case "required" -> where + " lacks the required field '" + message.getProperty() + "'";
            case "enum" -> where + " is " + describe(node) + "; it must be one of " + (args != null && args.length > 0 ? args[0] : "the allowed values");
            case "const" -> where + " is " + describe(node) + "; the only value it takes is true";
            case "type" -> where + " is " + node.describe() + "; it must be " + (args != null && args.length > 1 ? article(String.valueOf(args[1])) : "of another type");
            case "anyOf" -> where + " is " + node.describe() + "; it must be a string or a list of strings";
            case "pattern" -> where + " is " + describe(node) + "; " + (location.equals("id") ? "an id is capital letters then three digits, e.g. ACME001"
                    : location.equals("name") ? "a name is kebab-case, e.g. state-machine-without-logging" : "it does not match " + (args != null && args.length > 0 ? args[0] : "the pattern"));
            case "minLength" -> where + " must not be empty";
            case "minItems" -> where + " must not be an empty list";
            default -> message.getMessage().replaceFirst("^\\$[^:]*: ", where + ": ");
        };
    }

    private static String allowed(String location) {
        if (location.isEmpty()) {
            return " (allowed: id, name, title, severity, tags, since, status, help, select, where, require, when, cases, message, report-at)";
        }
        if (location.equals("select")) {
            return " (allowed: cfn-resource, asl-state, asl-machine, iam-statement, resource, path)";
        }
        if (location.matches("cases\\[\\d+]")) {
            return " (allowed: when, require, severity, message, report-at)";
        }
        return " (a condition takes: path, present, equals, one-of, matches, glob, gt, gte, lt, lte, type, symbolic, each, some, all-of, any-of, not)";
    }

    private static String describe(Node node) {
        return node.text() != null ? "'" + node.text() + "'" : node.describe();
    }

    private static String article(String type) {
        return switch (type) {
            case "array" -> "a list";
            case "object" -> "a mapping";
            case "integer" -> "an integer";
            default -> "a " + type;
        };
    }
}
