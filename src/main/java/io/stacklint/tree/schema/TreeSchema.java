package io.stacklint.tree.schema;

import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import io.stacklint.tree.schema.JsonValue.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A JSON Schema (draft 7) that validates our trees directly, for the schemas the jar ships: no copy of the
 * value into another library's nodes, and nothing loaded but this class and the schema. Its keywords are
 * those in {@link #KEYWORDS}; a schema using any other fails to compile, so a keyword is never silently
 * ignored. Where draft 7 leaves room, it decides as networknt's validator (which stacklint used before, and
 * which {@code TreeSchemaTest} compares it with): string lengths in code points, {@code pattern} found
 * anywhere in the string, and an integer-typed {@code minimum}/{@code maximum} compared with a decimal's
 * integer part.
 */
public final class TreeSchema {
    static final Set<String> KEYWORDS = Set.of("$ref", "type", "enum", "const", "minimum", "maximum", "minLength",
            "maxLength", "pattern", "minItems", "maxItems", "items", "minProperties", "maxProperties", "required",
            "properties", "additionalProperties", "propertyNames", "allOf", "if", "then", "else", "uniqueItems",
            "patternProperties", "anyOf", "oneOf", "dependencies");
    private static final Set<String> ANNOTATIONS = Set.of("description", "$comment", "$schema", "title", "definitions",
            "default", "examples", "typeName");

    private String description;
    private TreeSchema ref;
    private List<Type> types;
    private boolean integerTyped;
    private Set<String> enumValues;
    private String constValue;
    private Bound minimum;
    private Bound maximum;
    private Integer minLength;
    private Integer maxLength;
    private Pattern pattern;
    private Integer minItems;
    private Integer maxItems;
    private TreeSchema items;
    private Integer minProperties;
    private Integer maxProperties;
    private List<String> required = List.of();
    private final Map<String, TreeSchema> properties = new LinkedHashMap<>();
    private boolean additionalAllowed = true;
    private TreeSchema additionalProperties;
    private TreeSchema propertyNames;
    private List<TreeSchema> allOf = List.of();
    private TreeSchema ifSchema;
    private TreeSchema thenSchema;
    private TreeSchema elseSchema;
    private boolean rejectsAll;
    /** Whether a keyword looks at the value itself (type, enum, const, bounds, string lengths or pattern). */
    private boolean valueChecked;
    private boolean uniqueItems;
    private final Map<Pattern, TreeSchema> patternProperties = new LinkedHashMap<>();
    private List<TreeSchema> anyOf = List.of();
    private List<TreeSchema> oneOf = List.of();
    private final Map<String, List<String>> dependentFields = new LinkedHashMap<>();
    private final Map<String, TreeSchema> dependentSchemas = new LinkedHashMap<>();
    private MapNode source;

    private TreeSchema() {
    }

    /** Compiles a schema document (its {@code $ref}s resolved within the document). */
    public static TreeSchema compile(Node document) {
        return new Compiler(document).compile(document);
    }

    /** The schema at a JSON pointer of the document this one was compiled from: {@code /definitions/Task}. */
    public static TreeSchema at(Node document, String pointer) {
        return new Compiler(document).compile(Compiler.resolve(document, pointer));
    }

    /** Every way {@code instance} fails this schema, in schema order. */
    public List<SchemaError> validate(Node instance) {
        List<SchemaError> out = new ArrayList<>();
        validate(instance, new ArrayList<>(), out);
        return out;
    }

    /** The schema's {@code description}: in stacklint's schemas, what a value must be, in words for messages. */
    public String description() {
        return description;
    }

    /** The fields the schema's {@code properties} list, in schema order. */
    public List<String> propertyNames() {
        return List.copyOf(properties.keySet());
    }

    /** The value of one of the schema's keywords as written in its document ({@code enum}'s list), or null. */
    public Node keyword(String name) {
        return source == null ? null : source.get(name);
    }

    /**
     * Validates {@code node}; with {@code out} null only asks whether it passes, and stops at the first failure: an
     * {@code if}, {@code anyOf}, {@code oneOf} or {@code propertyNames} sub-schema needs no list of its failures.
     * Returns false when a failure stopped it (only ever with {@code out} null).
     */
    private boolean validate(Node node, List<Object> path, List<SchemaError> out) {
        if (rejectsAll) {
            return fail(out, "false", path, null);
        }
        if (ref != null && !ref.validate(node, path, out)) {
            return false;
        }
        if (valueChecked) {
            JsonValue value = JsonValue.of(node);
            if (types != null && !hasOneOf(types, value) && !fail(out, "type", path, null)) {
                return false;
            }
            if (enumValues != null && !enumValues.contains(value.canonical()) && !fail(out, "enum", path, null)) {
                return false;
            }
            if (constValue != null && !constValue.equals(value.canonical()) && !fail(out, "const", path, null)) {
                return false;
            }
            if (value.isNumber()) {
                if (minimum != null && minimum.compare(value) < 0 && !fail(out, "minimum", path, null)) {
                    return false;
                }
                if (maximum != null && maximum.compare(value) > 0 && !fail(out, "maximum", path, null)) {
                    return false;
                }
            }
            if (value.type() == Type.STRING && !strings(value.text(), path, out)) {
                return false;
            }
        }
        if (node instanceof SeqNode seq && !array(seq, path, out)) {
            return false;
        }
        if (node instanceof MapNode map && !object(map, path, out)) {
            return false;
        }
        for (int i = 0; i < allOf.size(); i++) {
            if (!allOf.get(i).validate(node, path, out)) {
                return false;
            }
        }
        if (!anyOf.isEmpty() && passing(anyOf, node, path, 1) == 0 && !fail(out, "anyOf", path, null)) {
            return false;
        }
        if (!oneOf.isEmpty() && passing(oneOf, node, path, 2) != 1 && !fail(out, "oneOf", path, null)) {
            return false;
        }
        if (ifSchema != null) {
            TreeSchema branch = ifSchema.validate(node, path, null) ? thenSchema : elseSchema;
            return branch == null || branch.validate(node, path, out);
        }
        return true;
    }

    /**
     * A failure of one of this schema's keywords: listed when listing, else the end of the check. Returns whether
     * validation goes on, so that each keyword reads {@code if (failed && !fail(...)) return false;}.
     */
    private boolean fail(List<SchemaError> out, String keyword, List<Object> path, String property) {
        if (out == null) {
            return false;
        }
        out.add(new SchemaError(keyword, path, property, this));
        return true;
    }

    private static boolean hasOneOf(List<Type> types, JsonValue value) {
        for (Type type : types) {
            if (value.hasType(type)) {
                return true;
            }
        }
        return false;
    }

    /** How many of the schemas the node passes, counting no further than {@code enough}. */
    private static int passing(List<TreeSchema> schemas, Node node, List<Object> path, int enough) {
        int passed = 0;
        for (int i = 0; i < schemas.size() && passed < enough; i++) {
            if (schemas.get(i).validate(node, path, null)) {
                passed++;
            }
        }
        return passed;
    }

    private boolean strings(String text, List<Object> path, List<SchemaError> out) {
        if (minLength != null || maxLength != null) {
            int length = text.codePointCount(0, text.length());
            if (minLength != null && length < minLength && !fail(out, "minLength", path, null)) {
                return false;
            }
            if (maxLength != null && length > maxLength && !fail(out, "maxLength", path, null)) {
                return false;
            }
        }
        return pattern == null || pattern.matcher(text).find() || fail(out, "pattern", path, null);
    }

    private boolean array(SeqNode seq, List<Object> path, List<SchemaError> out) {
        if (minItems != null && seq.size() < minItems && !fail(out, "minItems", path, null)) {
            return false;
        }
        if (maxItems != null && seq.size() > maxItems && !fail(out, "maxItems", path, null)) {
            return false;
        }
        if (uniqueItems) {
            Set<String> seen = new java.util.HashSet<>();
            for (Node item : seq.items()) {
                if (!seen.add(JsonValue.deepCanonical(item))) {
                    if (!fail(out, "uniqueItems", path, null)) {
                        return false;
                    }
                    break;
                }
            }
        }
        if (items != null) {
            for (int i = 0; i < seq.size(); i++) {
                path.add(i);
                boolean goesOn = items.validate(seq.get(i), path, out);
                path.remove(path.size() - 1);
                if (!goesOn) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean object(MapNode map, List<Object> path, List<SchemaError> out) {
        if (minProperties != null && map.size() < minProperties && !fail(out, "minProperties", path, null)) {
            return false;
        }
        if (maxProperties != null && map.size() > maxProperties && !fail(out, "maxProperties", path, null)) {
            return false;
        }
        for (int i = 0; i < required.size(); i++) {
            String field = required.get(i);
            if (!map.has(field) && !fail(out, "required", path, field)) {
                return false;
            }
        }
        // The isEmpty() checks spare an iterator per keyword and node: this runs for every mapping of every file.
        if (!properties.isEmpty() && !properties(map, path, out)) {
            return false;
        }
        if (!dependentFields.isEmpty() && !dependentFields(map, path, out)) {
            return false;
        }
        if (!dependentSchemas.isEmpty()) {
            for (Map.Entry<String, TreeSchema> dependency : dependentSchemas.entrySet()) {
                if (map.has(dependency.getKey()) && !dependency.getValue().validate(map, path, out)) {
                    return false;
                }
            }
        }
        if (additionalAllowed && additionalProperties == null && propertyNames == null && patternProperties.isEmpty()) {
            return true; // nothing more to say of any field
        }
        for (Entry entry : map.entries()) {
            String field = entry.name();
            boolean patterned = false;
            if (!patternProperties.isEmpty()) {
                int matched = patternProperties(entry, path, out);
                if (matched < 0) {
                    return false;
                }
                patterned = matched > 0;
            }
            if (propertyNames != null && !propertyNames.validate(stringKey(entry), path, null) && !fail(out, "propertyNames", path, field)) {
                return false;
            }
            if (properties.containsKey(field) || patterned) {
                continue;
            }
            if (!additionalAllowed) {
                if (!fail(out, "additionalProperties", path, field)) {
                    return false;
                }
            } else if (additionalProperties != null) {
                path.add(field);
                boolean goesOn = additionalProperties.validate(entry.value(), path, out);
                path.remove(path.size() - 1);
                if (!goesOn) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The fields of the mapping that {@code properties} lists, each against its schema. */
    private boolean properties(MapNode map, List<Object> path, List<SchemaError> out) {
        for (Map.Entry<String, TreeSchema> property : properties.entrySet()) {
            Node value = map.get(property.getKey());
            if (value != null) {
                path.add(property.getKey());
                boolean goesOn = property.getValue().validate(value, path, out);
                path.remove(path.size() - 1);
                if (!goesOn) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean dependentFields(MapNode map, List<Object> path, List<SchemaError> out) {
        for (Map.Entry<String, List<String>> dependency : dependentFields.entrySet()) {
            if (map.has(dependency.getKey()) && !map.keys().containsAll(dependency.getValue())
                    && !fail(out, "dependencies", path, dependency.getKey())) {
                return false;
            }
        }
        return true;
    }

    /** Validates a field against every pattern property it matches: how many it matches, or -1 when a failure stopped it. */
    private int patternProperties(Entry entry, List<Object> path, List<SchemaError> out) {
        int matched = 0;
        for (Map.Entry<Pattern, TreeSchema> pattern : patternProperties.entrySet()) {
            if (pattern.getKey().matcher(entry.name()).find()) {
                matched++;
                path.add(entry.name());
                boolean goesOn = pattern.getValue().validate(entry.value(), path, out);
                path.remove(path.size() - 1);
                if (!goesOn) {
                    return -1;
                }
            }
        }
        return matched;
    }

    /** A mapping key is a string to JSON, whatever YAML typed it as. */
    private static Node stringKey(Entry entry) {
        ScalarNode key = entry.key();
        return key.isString() ? key : new ScalarNode(key.span(), key.path(), entry.name(), ScalarNode.Kind.STRING);
    }

    /** A {@code minimum} or {@code maximum}. */
    private record Bound(BigDecimal value, Long integer, boolean integerTyped) {
        /** Negative when the value is below the bound, positive above. */
        int compare(JsonValue number) {
            if (integerTyped && integer != null && number.type() == Type.NUMBER) {
                // As networknt's validator: an integer schema's integer bound compares a decimal's integer part.
                return Long.compare(number.number().longValue(), integer);
            }
            return number.number().compareTo(value);
        }
    }

    /** Reads schema objects into {@link TreeSchema}s, each once, so that recursive {@code $ref}s close. */
    private static final class Compiler {
        private final Node document;
        private final Map<Node, TreeSchema> compiled = new IdentityHashMap<>();
        /** The schema node of each {@code $ref} pointer: a schema names a few definitions many times over. */
        private final Map<String, Node> referenced = new java.util.HashMap<>();

        Compiler(Node document) {
            this.document = document;
        }

        TreeSchema compile(Node node) {
            TreeSchema done = compiled.get(node);
            if (done != null) {
                return done;
            }
            TreeSchema schema = new TreeSchema();
            compiled.put(node, schema);
            if (node instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.BOOLEAN) {
                schema.rejectsAll = !Boolean.parseBoolean(scalar.value());
                return schema;
            }
            MapNode map = node.asMap();
            if (map == null) {
                throw invalid(node, "a schema must be a mapping or a boolean");
            }
            schema.integerTyped = "integer".equals(map.text("type"));
            schema.source = map;
            for (Entry entry : map.entries()) {
                read(schema, entry);
            }
            schema.valueChecked = schema.types != null || schema.enumValues != null || schema.constValue != null
                    || schema.minimum != null || schema.maximum != null || schema.minLength != null
                    || schema.maxLength != null || schema.pattern != null;
            return schema;
        }

        private void read(TreeSchema schema, Entry entry) {
            Node value = entry.value();
            switch (entry.name()) {
                case "description" -> schema.description = value.text();
                case "$ref" -> schema.ref = compile(referenced(refPointer(value)));
                case "type" -> schema.types = value.asSeq() != null ? types(value.asSeq()) : List.of(Type.named(value.text()));
                case "enum" -> {
                    Set<String> members = new LinkedHashSet<>();
                    for (Node item : value.asSeq().items()) {
                        members.add(JsonValue.of(item).canonical());
                    }
                    schema.enumValues = members;
                }
                case "const" -> schema.constValue = JsonValue.of(value).canonical();
                case "minimum" -> schema.minimum = bound(value, schema.integerTyped);
                case "maximum" -> schema.maximum = bound(value, schema.integerTyped);
                case "minLength" -> schema.minLength = count(value);
                case "maxLength" -> schema.maxLength = count(value);
                case "pattern" -> schema.pattern = Pattern.compile(value.text());
                case "minItems" -> schema.minItems = count(value);
                case "maxItems" -> schema.maxItems = count(value);
                case "items" -> schema.items = compile(value);
                case "minProperties" -> schema.minProperties = count(value);
                case "maxProperties" -> schema.maxProperties = count(value);
                case "required" -> schema.required = texts(value.asSeq());
                case "properties" -> {
                    for (Entry property : value.asMap().entries()) {
                        schema.properties.put(property.name(), compile(property.value()));
                    }
                }
                case "additionalProperties" -> {
                    if (value instanceof ScalarNode flag && flag.kind() == ScalarNode.Kind.BOOLEAN) {
                        schema.additionalAllowed = Boolean.parseBoolean(flag.value());
                    } else {
                        schema.additionalProperties = compile(value);
                    }
                }
                case "propertyNames" -> schema.propertyNames = compile(value);
                case "allOf" -> schema.allOf = compileAll(value.asSeq());
                case "if" -> schema.ifSchema = compile(value);
                case "then" -> schema.thenSchema = compile(value);
                case "else" -> schema.elseSchema = compile(value);
                case "uniqueItems" -> schema.uniqueItems = Boolean.parseBoolean(value.text());
                case "patternProperties" -> {
                    for (Entry property : value.asMap().entries()) {
                        schema.patternProperties.put(Pattern.compile(property.name()), compile(property.value()));
                    }
                }
                case "anyOf" -> schema.anyOf = compileAll(value.asSeq());
                case "oneOf" -> schema.oneOf = compileAll(value.asSeq());
                case "dependencies" -> {
                    for (Entry dependency : value.asMap().entries()) {
                        if (dependency.value().asSeq() != null) {
                            schema.dependentFields.put(dependency.name(), texts(dependency.value().asSeq()));
                        } else {
                            schema.dependentSchemas.put(dependency.name(), compile(dependency.value()));
                        }
                    }
                }
                default -> {
                    if (!ANNOTATIONS.contains(entry.name())) {
                        throw invalid(entry.key(), "unsupported JSON Schema keyword '" + entry.name() + "'");
                    }
                }
            }
        }

        // Loops, not streams, here and in validate: a schema is compiled on first use, when the stream machinery
        // runs interpreted and costs more than the work it does.
        private List<TreeSchema> compileAll(SeqNode schemas) {
            List<TreeSchema> out = new ArrayList<>(schemas.size());
            for (Node each : schemas.items()) {
                out.add(compile(each));
            }
            return List.copyOf(out);
        }

        private static List<Type> types(SeqNode names) {
            List<Type> out = new ArrayList<>(names.size());
            for (Node name : names.items()) {
                out.add(Type.named(name.text()));
            }
            return List.copyOf(out);
        }

        private static List<String> texts(SeqNode values) {
            List<String> out = new ArrayList<>(values.size());
            for (Node value : values.items()) {
                out.add(value.text());
            }
            return java.util.Collections.unmodifiableList(out);
        }

        private static Bound bound(Node value, boolean integerTyped) {
            JsonValue number = JsonValue.of(value);
            if (!number.isNumber()) {
                throw invalid(value, "a bound must be a number");
            }
            Long integer = null;
            if (number.type() == Type.INTEGER && number.number().toBigInteger().bitLength() < 64) {
                integer = number.number().longValueExact();
            }
            return new Bound(number.number(), integer, integerTyped);
        }

        private static int count(Node value) {
            return Integer.parseInt(value.text());
        }

        private static String refPointer(Node value) {
            String ref = value.text();
            if (ref == null || !ref.startsWith("#")) {
                throw invalid(value, "only references within the schema (#/...) are supported");
            }
            return ref.substring(1);
        }

        private Node referenced(String pointer) {
            Node node = referenced.get(pointer);
            if (node == null) {
                node = resolve(document, pointer);
                referenced.put(pointer, node);
            }
            return node;
        }

        static Node resolve(Node document, String pointer) {
            Node node = document;
            if (!pointer.isEmpty()) {
                for (String part : pointer.substring(1).split("/", -1)) {
                    String key = part.indexOf('~') < 0 ? part : part.replace("~1", "/").replace("~0", "~");
                    Node next = node instanceof MapNode map ? map.get(key)
                            : node instanceof SeqNode seq && key.matches("[0-9]+") ? seq.get(Integer.parseInt(key)) : null;
                    if (next == null) {
                        throw invalid(node, "no schema at #" + pointer);
                    }
                    node = next;
                }
            }
            return node;
        }

        private static IllegalArgumentException invalid(Node at, String problem) {
            return new IllegalArgumentException(problem + " (at " + at.path() + ")");
        }
    }
}
