package io.stacklint.config;

import com.networknt.schema.ValidationMessage;
import io.stacklint.tree.Node;

/** Rewrites JSON Schema validator messages for people: what is wrong, in the words of the file. */
final class SchemaMessages {
    private SchemaMessages() {
    }

    static String humanize(ValidationMessage message, Node node) {
        String where = message.getInstanceLocation().getNameCount() == 0 ? "the configuration"
                : "'" + message.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "") + "'";
        Object[] args = message.getArguments();
        return switch (message.getType()) {
            case "additionalProperties" -> "unknown setting '" + message.getProperty() + "' in " + where
                    + " (allowed: fail-on, enable, disable, severity, exclude, plugins, rules, preview)";
            case "enum" -> where + " is " + describe(node) + "; it must be one of " + (args != null && args.length > 0 ? args[0] : "the allowed values");
            case "type" -> where + " is " + node.describe() + "; it must be " + (args != null && args.length > 1 ? article(String.valueOf(args[1])) : "of another type");
            case "minLength" -> where + " must not be empty";
            default -> message.getMessage().replaceFirst("^\\$[^:]*: ", where + ": ");
        };
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
