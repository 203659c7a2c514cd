package io.stacklint.parse;

import io.stacklint.source.SourceFile;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.NodePath;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON file the jar ships (a schema) into the same tree {@link TreeParser} makes of it, by a small reader
 * of its own. Those files are read on first use, when Jackson's parser and {@code TreeParser}'s positions and
 * checks would still run interpreted and cost several times this loop; they are ours and well-formed, so a
 * mistake in one is a failure of the build ({@code IllegalStateException}), not a finding.
 * {@code ResourceJsonTest} compares the two readers' trees of every such file.
 */
public final class ResourceJson {
    private final SourceFile file;
    private final String text;
    private int at;

    private ResourceJson(SourceFile file) {
        this.file = file;
        this.text = file.text();
    }

    /** The tree of a class-path resource, by its absolute name ({@code /io/stacklint/...}). */
    public static Node read(String resource) {
        try (InputStream in = ResourceJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return parse(SourceFile.of(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static Node parse(SourceFile file) {
        ResourceJson reader = new ResourceJson(file);
        reader.skipBlanks();
        Node root = reader.value(NodePath.ROOT);
        reader.skipBlanks();
        if (reader.at != reader.text.length()) {
            throw reader.invalid("content after the JSON value");
        }
        return root;
    }

    private Node value(NodePath path) {
        if (at >= text.length()) {
            throw invalid("a value is missing");
        }
        char first = text.charAt(at);
        if (first == '{') {
            return map(path);
        }
        if (first == '[') {
            return seq(path);
        }
        int start = at;
        if (first == '"') {
            String value = string();
            return new ScalarNode(file.span(start, at), path, value, ScalarNode.Kind.STRING);
        }
        while (at < text.length() && "{}[],: \t\r\n".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        String word = text.substring(start, at);
        ScalarNode.Kind kind = switch (word) {
            case "true", "false" -> ScalarNode.Kind.BOOLEAN;
            case "null" -> ScalarNode.Kind.NULL;
            default -> ScalarNode.Kind.NUMBER;
        };
        if (kind == ScalarNode.Kind.NUMBER && (word.isEmpty() || "-0123456789".indexOf(word.charAt(0)) < 0)) {
            throw invalid("'" + word + "' is no JSON value");
        }
        return new ScalarNode(file.span(start, at), path, kind == ScalarNode.Kind.NULL ? null : word, kind);
    }

    private MapNode map(NodePath path) {
        int start = at++;
        List<Entry> entries = new ArrayList<>();
        skipBlanks();
        while (at < text.length() && text.charAt(at) != '}') {
            if (!entries.isEmpty()) {
                expect(',');
                skipBlanks();
            }
            int keyStart = at;
            if (text.charAt(at) != '"') {
                throw invalid("a key must be a string");
            }
            String name = string();
            NodePath valuePath = path.child(name);
            ScalarNode key = new ScalarNode(file.span(keyStart, at), valuePath, name, ScalarNode.Kind.STRING);
            skipBlanks();
            expect(':');
            skipBlanks();
            entries.add(new Entry(key, value(valuePath)));
            skipBlanks();
        }
        expect('}');
        MapNode map = new MapNode(file.span(start, at), path, false);
        for (Entry entry : entries) {
            map.put(entry);
        }
        return map;
    }

    private SeqNode seq(NodePath path) {
        int start = at++;
        List<Node> items = new ArrayList<>();
        skipBlanks();
        while (at < text.length() && text.charAt(at) != ']') {
            if (!items.isEmpty()) {
                expect(',');
                skipBlanks();
            }
            items.add(value(path.child(items.size())));
            skipBlanks();
        }
        expect(']');
        SeqNode seq = new SeqNode(file.span(start, at), path);
        for (Node item : items) {
            seq.add(item);
        }
        return seq;
    }

    /** A string from its opening quote, escapes decoded; leaves {@code at} after the closing quote. */
    private String string() {
        int start = ++at;
        int plain = start;
        while (plain < text.length() && text.charAt(plain) != '"' && text.charAt(plain) != '\\') {
            plain++;
        }
        if (plain < text.length() && text.charAt(plain) == '"') {
            at = plain + 1;
            return text.substring(start, plain);
        }
        StringBuilder out = new StringBuilder();
        while (at < text.length() && text.charAt(at) != '"') {
            char c = text.charAt(at++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                break;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw invalid("a \\u escape needs four hex digits");
                    }
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> out.append(escaped); // \" \\ \/
            }
        }
        expect('"');
        return out.toString();
    }

    private void skipBlanks() {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\n' || text.charAt(at) == '\r' || text.charAt(at) == '\t')) {
            at++;
        }
    }

    private void expect(char c) {
        if (at >= text.length() || text.charAt(at) != c) {
            throw invalid("'" + c + "' expected");
        }
        at++;
    }

    private IllegalStateException invalid(String problem) {
        return new IllegalStateException(file.displayPath() + " is not well-formed JSON at offset " + at + ": " + problem);
    }
}
