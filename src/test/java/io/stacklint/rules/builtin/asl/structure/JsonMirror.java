package io.stacklint.rules.builtin.asl.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Our tree as Jackson nodes for the schema validator. Numbers keep the integer/decimal distinction of their
 * text, so {@code 5} is an integer and {@code 5.5} is not; the validator's locations are JSON paths that
 * lead back to the same tree nodes.
 */
final class JsonMirror {
    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");

    private JsonMirror() {
    }

    static JsonNode of(Node node) {
        if (node instanceof MapNode map) {
            ObjectNode object = JSON.objectNode();
            for (Entry entry : map.entries()) {
                object.set(entry.name(), of(entry.value()));
            }
            return object;
        }
        if (node instanceof SeqNode seq) {
            ArrayNode array = JSON.arrayNode();
            seq.items().forEach(item -> array.add(of(item)));
            return array;
        }
        return scalar((ScalarNode) node);
    }

    private static JsonNode scalar(ScalarNode scalar) {
        String text = scalar.value();
        return switch (scalar.kind()) {
            case NULL -> JSON.nullNode();
            case BOOLEAN -> "true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)
                    ? JSON.booleanNode(Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT))) : JSON.textNode(text);
            case NUMBER -> number(text);
            case STRING -> JSON.textNode(text);
        };
    }

    private static JsonNode number(String text) {
        try {
            if (INTEGER.matcher(text).matches()) {
                return JSON.numberNode(new BigInteger(text.startsWith("+") ? text.substring(1) : text));
            }
            return JSON.numberNode(new BigDecimal(text));
        } catch (NumberFormatException e) {
            // YAML spellings such as .inf or 0x1F: no JSON number, so the file cannot mean one Step Functions reads.
            return JSON.textNode(text);
        }
    }
}
