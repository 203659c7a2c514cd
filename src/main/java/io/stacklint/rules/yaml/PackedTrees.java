package io.stacklint.rules.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.stacklint.source.SourceFile;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.NodePath;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the trees of the built-in pack as the build parsed them ({@code builtin-pack.json}, written by the test
 * suite's {@code RulePackGenerator} from {@code rules/}, which fails when it is stale): each rule file's text and
 * its tree, so that a rule compiles from the same tree, with the same positions, as from its file, and start-up
 * reads no YAML. {@code {"files": [{"file": ..., "text": ..., "tree": node}, ...]}}, where a node is an array:
 * {@code ["m", start, end, shortForm, key, value, ...]} for a mapping (keys as string scalars),
 * {@code ["l", start, end, item, ...]} for a list, {@code [kind, start, end, value]} for a scalar, its kind one of
 * {@code s} (string), {@code n} (number), {@code b} (boolean), {@code z} (null, no value); offsets are the file's chars.
 */
final class PackedTrees {
    static final String RESOURCE = "/io/stacklint/rules/builtin-pack.json";

    /** One rule file of the pack: its text, for positions, and its parsed tree. */
    record PackedFile(SourceFile source, MapNode root) {
    }

    private final JsonParser parser;

    private PackedTrees(JsonParser parser) {
        this.parser = parser;
    }

    /** Every file of the pack, by its path below {@code rules/}, in the order of the index; a broken resource is a bug of the build. */
    static Map<String, PackedFile> files() {
        try (InputStream in = PackedTrees.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + RESOURCE);
            }
            // From a string, as the parser reads a JSON file: the same reader classes.
            try (JsonParser parser = new JsonFactory().createParser(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                return new PackedTrees(parser).trees();
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the built-in rule pack " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private Map<String, PackedFile> trees() throws IOException {
        expect(parser.nextToken(), JsonToken.START_OBJECT);
        expectField("files");
        expect(parser.nextToken(), JsonToken.START_ARRAY);
        Map<String, PackedFile> out = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            String file = stringField("file");
            SourceFile source = SourceFile.of("stacklint:rules/" + file, stringField("text"));
            expectField("tree");
            expect(parser.nextToken(), JsonToken.START_ARRAY);
            Node root = node(source, NodePath.ROOT);
            if (!(root instanceof MapNode map)) {
                throw new IllegalStateException(file + " is not a mapping");
            }
            out.put(file, new PackedFile(source, map));
            expect(parser.nextToken(), JsonToken.END_OBJECT);
        }
        expect(parser.currentToken(), JsonToken.END_ARRAY);
        return out;
    }

    /** The node whose array has just been opened, up to and including its end. */
    private Node node(SourceFile source, NodePath path) throws IOException {
        String kind = string();
        int start = integer();
        int end = integer();
        switch (kind) {
            case "m" -> {
                MapNode map = new MapNode(source.span(start, end), path, parser.nextToken() == JsonToken.VALUE_TRUE);
                while (parser.nextToken() == JsonToken.START_ARRAY) {
                    ScalarNode key = key(source, path);
                    expect(parser.nextToken(), JsonToken.START_ARRAY);
                    map.put(new Entry(key, node(source, key.path())));
                }
                return map;
            }
            case "l" -> {
                SeqNode seq = new SeqNode(source.span(start, end), path);
                while (parser.nextToken() == JsonToken.START_ARRAY) {
                    seq.add(node(source, path.child(seq.size())));
                }
                return seq;
            }
            default -> {
                ScalarNode.Kind scalar = switch (kind) {
                    case "s" -> ScalarNode.Kind.STRING;
                    case "n" -> ScalarNode.Kind.NUMBER;
                    case "b" -> ScalarNode.Kind.BOOLEAN;
                    case "z" -> ScalarNode.Kind.NULL;
                    default -> throw new IllegalStateException("unknown node kind '" + kind + "'");
                };
                String value = scalar == ScalarNode.Kind.NULL ? null : string();
                expect(parser.nextToken(), JsonToken.END_ARRAY);
                return new ScalarNode(source.span(start, end), path, value, scalar);
            }
        }
    }

    /** A key, whose array has just been opened: {@code ["s", start, end, name]}, at the path of its value (as the parser places it). */
    private ScalarNode key(SourceFile source, NodePath map) throws IOException {
        if (!string().equals("s")) {
            throw new IllegalStateException("a key that is not a string at " + parser.currentLocation());
        }
        int start = integer();
        int end = integer();
        String name = string();
        expect(parser.nextToken(), JsonToken.END_ARRAY);
        return new ScalarNode(source.span(start, end), map.child(name), name, ScalarNode.Kind.STRING);
    }

    private String string() throws IOException {
        expect(parser.nextToken(), JsonToken.VALUE_STRING);
        return parser.getText();
    }

    private int integer() throws IOException {
        expect(parser.nextToken(), JsonToken.VALUE_NUMBER_INT);
        return parser.getIntValue();
    }

    private String stringField(String name) throws IOException {
        expectField(name);
        return string();
    }

    private void expectField(String name) throws IOException {
        expect(parser.nextToken(), JsonToken.FIELD_NAME);
        if (!parser.currentName().equals(name)) {
            throw new IllegalStateException("expected '" + name + "', found '" + parser.currentName() + "' at " + parser.currentLocation());
        }
    }

    private void expect(JsonToken found, JsonToken wanted) {
        if (found != wanted) {
            throw new IllegalStateException("expected " + wanted + ", found " + found + " at " + parser.currentLocation());
        }
    }
}
