package io.stacklint.tree.schema;

import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A tree node as a JSON value: its JSON type, and its number for numbers. Numbers keep the integer/decimal
 * distinction of their text ({@code 5} is an integer, {@code 5.0} a decimal that converts to one), YAML's
 * non-JSON spellings ({@code .inf}, {@code 0x1F}) and YAML 1.1 words ({@code yes}) are strings: what a JSON
 * reader of the same definition would see.
 *
 * @param type    the JSON type; {@link Type#INTEGER} only for numbers written without fraction or exponent
 * @param text    the scalar's text; null for mappings, lists and null
 * @param number  the numeric value of an integer or a decimal, else null
 */
record JsonValue(Type type, String text, BigDecimal number) {
    enum Type {
        OBJECT, ARRAY, STRING, INTEGER, NUMBER, BOOLEAN, NULL;

        static Type named(String name) {
            return switch (name) {
                case "object" -> OBJECT;
                case "array" -> ARRAY;
                case "string" -> STRING;
                case "integer" -> INTEGER;
                case "number" -> NUMBER;
                case "boolean" -> BOOLEAN;
                case "null" -> NULL;
                default -> throw new IllegalArgumentException("unknown JSON Schema type '" + name + "'");
            };
        }
    }

    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final JsonValue OBJECT = new JsonValue(Type.OBJECT, null, null);
    private static final JsonValue ARRAY = new JsonValue(Type.ARRAY, null, null);
    private static final JsonValue NULL = new JsonValue(Type.NULL, null, null);

    static JsonValue of(Node node) {
        if (node instanceof MapNode) {
            return OBJECT;
        }
        if (node instanceof SeqNode) {
            return ARRAY;
        }
        ScalarNode scalar = (ScalarNode) node;
        String text = scalar.value();
        return switch (scalar.kind()) {
            case NULL -> NULL;
            case BOOLEAN -> "true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)
                    ? new JsonValue(Type.BOOLEAN, text.toLowerCase(Locale.ROOT), null) : string(text);
            case NUMBER -> number(text);
            case STRING -> string(text);
        };
    }

    static JsonValue string(String text) {
        return new JsonValue(Type.STRING, text, null);
    }

    private static JsonValue number(String text) {
        try {
            if (INTEGER.matcher(text).matches()) {
                return new JsonValue(Type.INTEGER, text, new BigDecimal(new BigInteger(text.startsWith("+") ? text.substring(1) : text)));
            }
            return new JsonValue(Type.NUMBER, text, new BigDecimal(text));
        } catch (NumberFormatException e) {
            return string(text);
        }
    }

    boolean isNumber() {
        return number != null;
    }

    /**
     * Whether the value is of the schema type: an integer is a number too, and a decimal with no fraction
     * ({@code 5.0}, {@code 1e2}) is an integer, as draft 6 and later say.
     */
    boolean hasType(Type schemaType) {
        if (type == schemaType) {
            return true;
        }
        if (schemaType == Type.NUMBER) {
            return type == Type.INTEGER;
        }
        return schemaType == Type.INTEGER && type == Type.NUMBER
                && (number.signum() == 0 || number.scale() <= 0 || number.stripTrailingZeros().scale() <= 0);
    }

    /** The value as an enum or const member compares: numbers by value, everything else by type and text. */
    String canonical() {
        if (isNumber()) {
            return "number:" + (number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString());
        }
        return type + ":" + text;
    }

    /** A whole value as {@code uniqueItems} compares it: mappings whatever their key order, numbers by value. */
    static String deepCanonical(Node node) {
        if (node instanceof MapNode map) {
            return map.entries().stream().map(e -> e.name() + "=" + deepCanonical(e.value())).sorted()
                    .collect(java.util.stream.Collectors.joining(",", "{", "}"));
        }
        if (node instanceof SeqNode seq) {
            return seq.items().stream().map(JsonValue::deepCanonical).collect(java.util.stream.Collectors.joining(",", "[", "]"));
        }
        return of(node).canonical();
    }
}
