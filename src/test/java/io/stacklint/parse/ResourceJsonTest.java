package io.stacklint.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.source.SourceFile;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ResourceJsonTest {
    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void readsEveryJsonFileOfTheJarAsTheTreeParserDoes() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(RESOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(15);
        for (Path path : files) {
            SourceFile file = SourceFile.of(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
            ParsedDocument expected = TreeParser.parse(file);
            assertThat(expected.problems()).as(path.toString()).isEmpty();
            assertThat(describe(ResourceJson.parse(file))).as(path.toString()).isEqualTo(describe(expected.root()));
        }
    }

    @Test
    void decodesEscapesAndKeepsNumbersAsWritten() {
        Node root = ResourceJson.parse(SourceFile.of("t.json",
                "{\"pattern\": \"^a\\\\d+\\\"\\u00e9/\\/$\", \"n\": [-1.50e2, 0, true, null], \"e\": {}}"));
        String expected = describe(TreeParser.parse(SourceFile.of("t.json",
                "{\"pattern\": \"^a\\\\d+\\\"\\u00e9/\\/$\", \"n\": [-1.50e2, 0, true, null], \"e\": {}}")).root());
        assertThat(describe(root)).isEqualTo(expected).contains("^a\\d+\"\u00e9//$", "-1.50e2");
    }

    @Test
    void malformedJsonFailsLoudly() {
        for (String bad : List.of("{\"a\": 1 \"b\": 2}", "[1, 2", "{\"a\" 1}", "{a: 1}", "[1] 2", "[nope]")) {
            assertThatThrownBy(() -> ResourceJson.parse(SourceFile.of("bad.json", bad))).as(bad)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("bad.json is not well-formed JSON");
        }
    }

    /** Every node with its kind, span, path and value, in document order. */
    private static String describe(Node root) {
        List<String> out = new ArrayList<>();
        describe(root, out);
        return String.join("\n", out);
    }

    private static void describe(Node node, List<String> out) {
        String where = node.span().start() + "-" + node.span().end() + " " + node.path();
        if (node instanceof MapNode map) {
            out.add("map " + where);
            for (Entry entry : map.entries()) {
                out.add("key " + entry.key().span().start() + "-" + entry.key().span().end() + " " + entry.name());
                describe(entry.value(), out);
            }
        } else if (node instanceof SeqNode seq) {
            out.add("seq " + where);
            seq.items().forEach(item -> describe(item, out));
        } else {
            ScalarNode scalar = (ScalarNode) node;
            out.add(scalar.kind() + " " + where + " " + scalar.value());
        }
    }
}
