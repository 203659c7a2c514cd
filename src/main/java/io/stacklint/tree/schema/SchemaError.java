package io.stacklint.tree.schema;

import java.util.List;

/**
 * One way a value fails its schema.
 *
 * @param keyword  the failing keyword ({@code type}, {@code required}, {@code additionalProperties}, ...)
 * @param path     where the value is, as keys and list indexes from the validated root; for {@code required},
 *                 {@code additionalProperties} and {@code propertyNames}, the mapping that holds the field
 * @param property the field that is missing, unknown or badly named; null for the other keywords
 * @param schema   the (sub-)schema holding the keyword: its {@link TreeSchema#description()} says what the value
 *                 must be, its {@link TreeSchema#propertyNames()} which fields it takes
 */
public record SchemaError(String keyword, List<Object> path, String property, TreeSchema schema) {
    public SchemaError {
        path = List.copyOf(path);
    }
}
