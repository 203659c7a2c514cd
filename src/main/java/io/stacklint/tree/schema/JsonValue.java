package io.stacklint.tree.schema;

import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

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
            if (isInteger(text)) {
                return new JsonValue(Type.INTEGER, text, new BigDecimal(new BigInteger(text.startsWith("+") ? text.substring(1) : text)));
            }
            return new JsonValue(Type.NUMBER, text, new BigDecimal(text));
        } catch (NumberFormatException e) {
            return string(text);
        }
    }

    /** {@code [-+]?[0-9]+}, checked by hand: a regex match on every number of every file costs more than this loop. */
    private static boolean isInteger(String text) {
        int start = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        if (start == text.length()) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
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
        // Loops rather than streams: uniqueItems is checked on first use, while stream code still runs interpreted.
        if (node instanceof MapNode map) {
            List<String> fields = new ArrayList<>(map.size());
            for (Entry entry : map.entries()) {
                fields.add(entry.name() + "=" + deepCanonical(entry.value()));
            }
            Collections.sort(fields);
            return "{" + String.join(",", fields) + "}";
        }
        if (node instanceof SeqNode seq) {
            List<String> items = new ArrayList<>(seq.size());
            for (Node item : seq.items()) {
                items.add(deepCanonical(item));
            }
            return "[" + String.join(",", items) + "]";
        }
        return of(node).canonical();
    }
}
