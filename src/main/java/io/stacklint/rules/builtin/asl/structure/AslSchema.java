package io.stacklint.rules.builtin.asl.structure;

import io.stacklint.parse.ResourceJson;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.schema.SchemaError;
import io.stacklint.tree.schema.TreeSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema of an ASL definition ({@code asl-definition.schema.json}), loaded once and validated by
 * {@link TreeSchema} on our own tree: a run that reads a state machine loads neither a schema library nor
 * Jackson's object mapper. Besides validating, it says which state types take a field.
 */
final class AslSchema {
    static final List<String> STATE_TYPES = List.of("Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map");
    static final String RESOURCE = "/io/stacklint/asl/asl-definition.schema.json";

    private static final AslSchema INSTANCE = new AslSchema(document());

    private final TreeSchema schema;
    private final Map<String, List<String>> typesByField = new LinkedHashMap<>();

    private AslSchema(Node document) {
        this.schema = TreeSchema.compile(document);
        MapNode definitions = document.asMap().map("definitions");
        for (String type : STATE_TYPES) {
            for (String field : definitions.map(type).map("properties").keys()) {
                // No lambda: its call site would be linked at first use, when it costs more than this lookup.
                List<String> types = typesByField.get(field);
                if (types == null) {
                    types = new ArrayList<>();
                    typesByField.put(field, types);
                }
                types.add(type);
            }
        }
    }

    static AslSchema get() {
        return INSTANCE;
    }

    List<SchemaError> validate(MapNode definition) {
        return schema.validate(definition);
    }

    /** The state types whose states may have this field, in the order of {@link #STATE_TYPES}. */
    List<String> stateTypesTaking(String field) {
        return typesByField.getOrDefault(field, List.of());
    }

    /** The schema document as our tree. */
    static Node document() {
        return ResourceJson.read(RESOURCE);
    }
}
