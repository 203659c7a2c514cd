package io.stacklint.tree.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.parse.TreeParser;
import io.stacklint.source.SourceFile;
import io.stacklint.tree.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The keywords the ASL schema does not use (its agreement with networknt is TreeSchemaAgreesWithNetworkntTest's). */
class TreeSchemaTest {
    private static Node tree(String json) {
        return TreeParser.parse(SourceFile.of("x.json", json)).root();
    }

    private static List<String> errors(String schema, String instance) {
        return TreeSchema.compile(tree(schema)).validate(tree(instance)).stream()
                .map(e -> e.keyword() + " " + e.path() + (e.property() == null ? "" : " " + e.property())).toList();
    }

    @Test
    void anUnsupportedKeywordFailsToCompileInsteadOfBeingIgnored() {
        assertThatThrownBy(() -> TreeSchema.compile(tree("{\"properties\": {\"a\": {\"contains\": {\"type\": \"string\"}}}}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unsupported JSON Schema keyword 'contains'");
        assertThatThrownBy(() -> TreeSchema.compile(tree("{\"$ref\": \"#/definitions/missing\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no schema at #/definitions/missing");
    }

    @Test
    void boundsCountsAndElse() {
        String schema = """
                {"type": "object", "maxProperties": 2, "properties": {
                   "list": {"type": "array", "maxItems": 1, "items": {"minimum": 2}},
                   "n": {"if": {"type": "integer"}, "then": {"maximum": 3}, "else": {"type": "string", "pattern": "^a"}}},
                 "additionalProperties": {"const": 1}}
                """;
        assertThat(errors(schema, "{\"list\": [1, 5], \"n\": 4, \"x\": 2}"))
                .containsExactly("maxProperties []", "maxItems [list]", "minimum [list, 0]", "maximum [n]", "const [x]");
        assertThat(errors(schema, "{\"n\": \"b\"}")).containsExactly("pattern [n]");
        assertThat(errors(schema, "{\"n\": 1.5}")).containsExactly("type [n]");
        assertThat(errors(schema, "[]")).containsExactly("type []");
    }

    @Test
    void recursiveReferencesClose() {
        String schema = "{\"$ref\": \"#/definitions/node\", \"definitions\": {\"node\": {\"type\": \"object\", \"required\": [\"v\"],"
                + " \"properties\": {\"kids\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/definitions/node\"}}}}}}";
        assertThat(errors(schema, "{\"v\": 1, \"kids\": [{\"v\": 2}, {\"kids\": []}]}")).containsExactly("required [kids, 1] v");
    }

    @Test
    void choicesPatternedFieldsUniquenessAndDependencies() {
        String schema = """
                {"type": "object", "additionalProperties": false, "dependencies": {"a": ["b", "c"]},
                 "properties": {"a": {"anyOf": [{"type": "string"}, {"minimum": 3}]}, "b": {"oneOf": [{"type": "integer"}, {"minimum": 0}]},
                   "c": {"type": "array", "uniqueItems": true}},
                 "patternProperties": {"^x-": {"type": "string"}}}
                """;
        assertThat(errors(schema, "{\"a\": 1, \"b\": 1, \"c\": [{\"k\": 1, \"j\": 2}, {\"j\": 2, \"k\": 1.0}], \"x-1\": 2, \"y\": 0}"))
                .containsExactly("anyOf [a]", "oneOf [b]", "uniqueItems [c]", "type [x-1]", "additionalProperties [] y");
        assertThat(errors(schema, "{\"a\": \"s\", \"b\": -1, \"c\": [1, \"1\", [1]], \"x-2\": \"ok\"}")).isEmpty();
        assertThat(errors(schema, "{\"a\": 4}")).containsExactly("dependencies [] a");
    }
}
