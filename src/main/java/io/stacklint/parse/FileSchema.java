package io.stacklint.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.stacklint.source.Problem;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON Schema of a file stacklint reads ({@code .stacklint.yaml}, a rule file), run on the file's tree: each
 * mistake a problem at its node, in the words of the file. What a mapping may hold is read from the schema itself,
 * so a message never lists other fields than the schema allows. Loaded on first use.
 */
public final class FileSchema {
    /**
     * How a kind of file speaks of itself.
     *
     * @param whole    the file as a whole ({@code the configuration})
     * @param entry    what its keys are called ({@code setting}, {@code field})
     * @param takes    for a mapping defined under {@code definitions/NAME}, how its keys are introduced ({@code a condition takes})
     * @param patterns for a field, what its pattern asks for, in words (an id: capital letters then three digits)
     */
    public record Words(String whole, String entry, Map<String, String> takes, Map<String, String> patterns) {
    }

    private final String resource;
    private final Words words;
    private volatile JsonSchema schema;

    public FileSchema(String resource, Words words) {
        this.resource = resource;
        this.words = words;
    }

    /** The tree's mistakes, one problem per node (the shortest message when the validator has several), in file order. */
    public List<Problem> validate(Node root) {
        List<ValidationMessage> messages = new ArrayList<>(schema().validate(TreeJson.of(root)));
        List<String> locations = messages.stream().map(m -> m.getInstanceLocation().toString()).toList();
        Map<Node, String> byPlace = new LinkedHashMap<>();
        for (ValidationMessage message : messages) {
            String location = message.getInstanceLocation().toString();
            // "a string or a list of strings" fails both ways on a bad item; the item's own message says it best.
            if (("type".equals(message.getType()) || "anyOf".equals(message.getType()))
                    && locations.stream().anyMatch(l -> l.startsWith(location + "[") || l.startsWith(location + "."))) {
                continue;
            }
            Node node = TreeJson.locate(root, message.getInstanceLocation());
            Node at = node;
            String property = message.getProperty();
            if ("additionalProperties".equals(message.getType()) && property != null && node instanceof MapNode map && map.entry(property) != null) {
                at = map.entry(property).key();
            }
            byPlace.merge(at, humanize(message, node), (a, b) -> a.length() <= b.length() ? a : b);
        }
        return byPlace.entrySet().stream().sorted(Comparator.comparingInt(e -> e.getKey().span().start()))
                .map(e -> Problem.at(e.getKey().span(), e.getValue())).toList();
    }

    private String humanize(ValidationMessage message, Node node) {
        String location = message.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
        String where = location.isEmpty() ? words.whole() : "'" + location + "'";
        Object[] args = message.getArguments();
        return switch (message.getType()) {
            case "additionalProperties" -> "unknown " + words.entry() + " '" + message.getProperty() + "' in " + where + allowed(message);
            case "required" -> where + " lacks the required " + words.entry() + " '" + message.getProperty() + "'";
            case "enum" -> where + " is " + describe(node) + "; it must be one of " + (args != null && args.length > 0 ? args[0] : "the allowed values");
            case "const" -> where + " is " + describe(node) + "; the only value it takes is " + constant(message);
            case "type" -> where + " is " + node.describe() + "; it must be " + (args != null && args.length > 1 ? article(String.valueOf(args[1])) : "of another type");
            case "anyOf" -> where + " is " + node.describe() + "; it must be a string or a list of strings";
            case "pattern" -> where + " is " + describe(node) + "; " + words.patterns().getOrDefault(location,
                    "it does not match " + (args != null && args.length > 0 ? args[0] : "the pattern"));
            case "minLength" -> where + " must not be empty";
            case "minItems" -> where + " must not be an empty list";
            default -> message.getMessage().replaceFirst("^\\$[^:]*: ", where + ": ");
        };
    }

    /** The properties the mapping's schema declares, in the schema's order: " (allowed: a, b)" or " (a condition takes: a, b)". */
    private String allowed(ValidationMessage message) {
        JsonNodePath fragment = message.getSchemaLocation().getFragment();
        // The fragment ends in "additionalProperties"; the mapping's schema is what holds it.
        JsonNode mapping = schemaAt(fragment, fragment.getNameCount() - 1);
        if (mapping == null || !mapping.has("properties")) {
            return "";
        }
        List<String> names = new ArrayList<>();
        mapping.get("properties").fieldNames().forEachRemaining(names::add);
        boolean definition = fragment.getNameCount() == 3 && "definitions".equals(String.valueOf(fragment.getElement(0)));
        String lead = definition ? words.takes().getOrDefault(String.valueOf(fragment.getElement(1)), "allowed") : "allowed";
        return " (" + lead + ": " + String.join(", ", names) + ")";
    }

    private String constant(ValidationMessage message) {
        JsonNodePath fragment = message.getSchemaLocation().getFragment();
        JsonNode value = schemaAt(fragment, fragment.getNameCount());
        return value == null ? "the constant" : value.toString();
    }

    /** The schema's node at the first {@code depth} elements of a fragment, or null. */
    private JsonNode schemaAt(JsonNodePath fragment, int depth) {
        JsonNode node = schema().getSchemaNode();
        for (int i = 0; i < depth && node != null; i++) {
            Object element = fragment.getElement(i);
            node = node.isArray() && element instanceof Integer index ? node.get(index) : node.get(String.valueOf(element));
        }
        return node;
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

    private JsonSchema schema() {
        JsonSchema loaded = schema;
        if (loaded == null) {
            synchronized (this) {
                if (schema == null) {
                    try (InputStream in = FileSchema.class.getResourceAsStream(resource)) {
                        if (in == null) {
                            throw new IllegalStateException("the jar lacks the schema " + resource);
                        }
                        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot read the schema " + resource, e);
                    }
                }
                loaded = schema;
            }
        }
        return loaded;
    }
}
