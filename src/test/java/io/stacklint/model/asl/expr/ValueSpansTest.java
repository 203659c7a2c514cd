package io.stacklint.model.asl.expr;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.parse.TreeParser;
import io.stacklint.source.SourceFile;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.ScalarNode;
import org.junit.jupiter.api.Test;

class ValueSpansTest {
    private static ScalarNode value(String name, String text) {
        MapNode root = TreeParser.parse(SourceFile.of(name, text)).root().asMap();
        return root.get("P").asScalar();
    }

    @Test
    void plainAndQuotedValuesMapOneToOne() {
        ScalarNode plain = value("a.yaml", "P: $.a b\n");
        assertThat(ValueSpans.of(plain, 3, 4).start()).isEqualTo(6);
        ScalarNode quoted = value("b.yaml", "P: \"$.a b\"\n");
        assertThat(ValueSpans.of(quoted, 3, 4).start()).isEqualTo(7);
        ScalarNode json = value("c.json", "{\"P\": \"$.a b\"}");
        assertThat(ValueSpans.of(json, 3, 4).start()).isEqualTo(10);
    }

    @Test
    void placesPastTheEndPointAtTheLastCharacter() {
        ScalarNode plain = value("a.yaml", "P: $.a.\n");
        assertThat(ValueSpans.of(plain, 4, 4).start()).isEqualTo(6);
        assertThat(ValueSpans.of(plain, 9, 12).start()).isEqualTo(6);
    }

    @Test
    void escapedValuesFallBackToTheirStartUntilExactOffsetsExist() {
        ScalarNode escaped = value("d.json", "{\"P\": \"a\\\"b c\"}");
        int at = ValueSpans.of(escaped, 4, 5).start();
        assertThat(at).isBetween(6, 12);
    }
}
