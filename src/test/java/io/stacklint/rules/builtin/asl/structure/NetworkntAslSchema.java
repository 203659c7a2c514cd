package io.stacklint.rules.builtin.asl.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ASL schema as networknt's validator reads it, on Jackson nodes (what stacklint validated with before
 * {@code TreeSchema}): the oracle {@link TreeSchemaAgreesWithNetworkntTest} compares with.
 */
final class NetworkntAslSchema {
    static final List<String> STATE_TYPES = List.of("Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map");
    private static final String RESOURCE = "/io/stacklint/asl/asl-definition.schema.json";


    static final NetworkntAslSchema INSTANCE = load();

    private final JsonNode tree;
    private final JsonSchema schema;
    private final Map<String, List<String>> typesByField = new LinkedHashMap<>();

    private NetworkntAslSchema(JsonNode tree, JsonSchema schema) {
        this.tree = tree;
        this.schema = schema;
        for (String type : STATE_TYPES) {
            tree.path("definitions").path(type).path("properties").fieldNames()
                    .forEachRemaining(field -> typesByField.computeIfAbsent(field, f -> new ArrayList<>()).add(type));
        }
    }

    static NetworkntAslSchema get() {
        return INSTANCE;
    }

    Set<ValidationMessage> validate(JsonNode definition) {
        return schema.validate(definition);
    }

    /** The state types whose states may have this field, in the order of {@link #STATE_TYPES}. */
    List<String> stateTypesTaking(String field) {
        return typesByField.getOrDefault(field, List.of());
    }

    /** The {@code description} of the sub-schema that holds the failing keyword: what the value must be. */
    String expectation(SchemaLocation location) {
        JsonNode owner = owner(location);
        return owner == null ? null : owner.path("description").asText(null);
    }

    /** The field names the object's schema lists, for "did you mean" hints. */
    List<String> fieldsOf(SchemaLocation location) {
        JsonNode owner = owner(location);
        List<String> out = new ArrayList<>();
        if (owner != null) {
            Iterator<String> names = owner.path("properties").fieldNames();
            names.forEachRemaining(out::add);
        }
        return out;
    }

    private JsonNode owner(SchemaLocation location) {
        if (location == null || location.getFragment() == null) {
            return null;
        }
        var fragment = location.getFragment();
        JsonNode node = tree;
        for (int i = 0; i < fragment.getNameCount() - 1 && node != null; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.get(index) : node.get(String.valueOf(element));
        }
        return node;
    }

    private static NetworkntAslSchema load() {
        try (InputStream in = NetworkntAslSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            JsonNode tree = new ObjectMapper().readTree(in);
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(tree);
            return new NetworkntAslSchema(tree, schema);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }
}
