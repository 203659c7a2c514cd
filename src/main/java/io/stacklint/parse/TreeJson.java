package io.stacklint.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;

/** A tree as plain Jackson JSON for a schema validator (numbers and booleans keep their type), and back from its messages to nodes. */
public final class TreeJson {
    private TreeJson() {
    }

    public static JsonNode of(Node node) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (node instanceof MapNode map) {
            var object = json.objectNode();
            map.entries().forEach(e -> object.set(e.name(), of(e.value())));
            return object;
        }
        if (node.asSeq() != null) {
            var array = json.arrayNode();
            node.asSeq().items().forEach(item -> array.add(of(item)));
            return array;
        }
        ScalarNode scalar = node.asScalar();
        return switch (scalar.kind()) {
            case NULL -> json.nullNode();
            // YAML 1.1 reads a bare off/on/yes/no as a boolean; in configuration and rule files they are words.
            case BOOLEAN -> scalar.value().equalsIgnoreCase("true") || scalar.value().equalsIgnoreCase("false")
                    ? json.booleanNode(Boolean.parseBoolean(scalar.value())) : json.textNode(scalar.value());
            case NUMBER -> scalar.number() != null ? json.numberNode(scalar.number()) : json.textNode(scalar.value());
            case STRING -> json.textNode(scalar.value());
        };
    }

    /** The deepest node of the tree a schema validator's instance path leads to: where its message is about. */
    public static Node locate(Node root, com.networknt.schema.JsonNodePath path) {
        Node node = root;
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            Node next = null;
            if (node instanceof MapNode map) {
                next = map.get(String.valueOf(element));
            } else if (node.asSeq() != null && element instanceof Integer index) {
                next = node.asSeq().get(index);
            }
            if (next == null) {
                break;
            }
            node = next;
        }
        return node;
    }
}
