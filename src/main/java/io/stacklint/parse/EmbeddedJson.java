package io.stacklint.parse;

import io.stacklint.source.SourceFile;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.NodePath;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.nio.file.Path;
import java.util.List;

/**
 * Parses JSON held in a string of a host file (a {@code DefinitionString}). Every span of the result, and of
 * each problem found, points into the host file; paths continue the host path of the string.
 */
public final class EmbeddedJson {
    private EmbeddedJson() {
    }

    public static ParsedDocument parse(EmbeddedText text, NodePath base) {
        SourceFile host = text.host();
        SourceFile inner = new SourceFile(Path.of(host.path() + "#embedded"), host.displayPath(), text.text());
        ParsedDocument parsed = TreeParser.parse(inner, SourceFormat.JSON);
        Node root = parsed.root() == null ? null : remap(parsed.root(), text, base);
        List<ParseProblem> problems = parsed.problems().stream()
                .map(p -> new ParseProblem(p.kind(), text.hostSpan(p.span().start(), p.span().end()),
                        p.path() == null ? base : base.resolve(p.path()), p.message()))
                .toList();
        return new ParsedDocument(host, SourceFormat.JSON, root, problems);
    }

    private static Node remap(Node node, EmbeddedText text, NodePath base) {
        NodePath path = base.resolve(node.path());
        if (node instanceof MapNode map) {
            MapNode copy = new MapNode(text.hostSpan(map.span().start(), map.span().end()), path, false);
            for (Entry entry : map.entries()) {
                ScalarNode key = entry.key();
                copy.put(new Entry(new ScalarNode(text.hostSpan(key.span().start(), key.span().end()), base.resolve(key.path()),
                        key.value(), key.kind()), remap(entry.value(), text, base)));
            }
            return copy;
        }
        if (node instanceof SeqNode seq) {
            SeqNode copy = new SeqNode(text.hostSpan(seq.span().start(), seq.span().end()), path);
            seq.items().forEach(item -> copy.add(remap(item, text, base)));
            return copy;
        }
        ScalarNode scalar = (ScalarNode) node;
        return new ScalarNode(text.hostSpan(scalar.span().start(), scalar.span().end()), path, scalar.value(), scalar.kind());
    }
}
