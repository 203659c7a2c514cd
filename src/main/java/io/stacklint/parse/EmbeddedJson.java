package io.stacklint.parse;

import io.stacklint.source.Position;
import io.stacklint.source.SourceFile;
import io.stacklint.source.Span;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.NodePath;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import io.stacklint.tree.ValueOffsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses JSON held in a string of a host file (a {@code DefinitionString}). Every span of the result, and of
 * each problem found, points into the host file; paths continue the host path of the string. A
 * {@code ${Name}} placeholder written where a JSON value goes reads as the string {@code "${Name}"}.
 */
public final class EmbeddedJson {
    private static final Pattern OPENED_AT = Pattern.compile("opened at line (\\d+), column (\\d+)");
    private static final Pattern FIRST_DEFINED = Pattern.compile("first defined at line (\\d+)");

    private EmbeddedJson() {
    }

    public static ParsedDocument parse(EmbeddedText embedded, NodePath base) {
        EmbeddedText text = JsonPlaceholders.quoteBare(embedded);
        SourceFile host = text.host();
        // A SourceFile drops a leading byte order mark, which would shift every offset by one: a blank keeps them.
        String json = text.text().startsWith("\uFEFF") ? " " + text.text().substring(1) : text.text();
        SourceFile inner = new SourceFile(Path.of(host.path() + "#embedded"), host.displayPath(), json);
        ParsedDocument parsed = TreeParser.parse(inner, SourceFormat.JSON);
        Node root = parsed.root() == null ? null : remap(parsed.root(), text, base);
        List<ParseProblem> problems = new ArrayList<>(parsed.problems().stream()
                .map(p -> new ParseProblem(p.kind(), problemSpan(p.span(), text),
                        p.path() == null ? base : base.resolve(p.path()), message(p, parsed, text)))
                .toList());
        if (parsed.root() == null && problems.isEmpty()) {
            problems.add(new ParseProblem(ParseProblem.Kind.SYNTAX, text.hostSpan(0, 0), base,
                    "syntax error in the embedded JSON: the string holds no JSON value"));
        }
        return new ParsedDocument(host, SourceFormat.JSON, root, problems);
    }

    /** A problem at the end of the text (the JSON stops early) belongs right after its last written character. */
    private static Span problemSpan(Span inner, EmbeddedText text) {
        String json = text.text();
        if (inner.start() < json.length()) {
            return text.hostSpan(inner.start(), Math.min(inner.end(), json.length()));
        }
        int last = json.length() - 1;
        while (last >= 0 && Character.isWhitespace(json.charAt(last))) {
            last--;
        }
        if (last < 0) {
            return text.hostSpan(0, 0);
        }
        int after = text.hostEnd(last);
        return new Span(text.host(), after, after);
    }

    /** Says that the problem is inside the string, and gives the host's lines where the inner parser gave its own. */
    private static String message(ParseProblem problem, ParsedDocument parsed, EmbeddedText text) {
        String message = problem.message();
        if (problem.kind() == ParseProblem.Kind.SYNTAX) {
            message = message.replaceFirst("^JSON syntax error: ", "")
                    .replace("the file ends early", "the string ends early");
            Matcher opened = OPENED_AT.matcher(message);
            if (opened.find()) {
                int offset = parsed.source().offset(Integer.parseInt(opened.group(1)), Integer.parseInt(opened.group(2)));
                Position at = text.hostSpan(offset, offset).startPosition();
                message = opened.replaceFirst("opened at line " + at.line() + ", column " + at.column());
            }
            return "syntax error in the embedded JSON: " + message;
        }
        if (problem.kind() == ParseProblem.Kind.DUPLICATE_KEY) {
            Matcher first = FIRST_DEFINED.matcher(message);
            Node map = parent(parsed.root(), problem.path());
            Object name = problem.path().size() == 0 ? null : problem.path().get(problem.path().size() - 1);
            if (first.find() && map instanceof MapNode mapNode && name instanceof String key && mapNode.entry(key) != null) {
                ScalarNode firstKey = mapNode.entry(key).key();
                int line = text.hostSpan(firstKey.span().start(), firstKey.span().end()).startPosition().line();
                message = first.replaceFirst("first defined at line " + line);
            }
            return message + " in the embedded JSON";
        }
        return message;
    }

    private static Node parent(Node root, NodePath path) {
        Node node = root;
        for (int i = 0; node != null && i < path.size() - 1; i++) {
            Object segment = path.get(i);
            node = segment instanceof Integer index
                    ? (node instanceof SeqNode seq && index < seq.size() ? seq.get(index) : null)
                    : (node instanceof MapNode map ? map.get((String) segment) : null);
        }
        return node;
    }

    private static Node remap(Node node, EmbeddedText text, NodePath base) {
        NodePath path = base.resolve(node.path());
        if (node instanceof MapNode map) {
            MapNode copy = new MapNode(text.hostSpan(map.span().start(), map.span().end()), path, false);
            for (Entry entry : map.entries()) {
                ScalarNode key = entry.key();
                copy.put(new Entry(ValueOffsets.scalar(text.hostSpan(key.span().start(), key.span().end()), base.resolve(key.path()),
                        key.value(), key.kind(), hostOffsets(key, text)), remap(entry.value(), text, base)));
            }
            return copy;
        }
        if (node instanceof SeqNode seq) {
            SeqNode copy = new SeqNode(text.hostSpan(seq.span().start(), seq.span().end()), path);
            seq.items().forEach(item -> copy.add(remap(item, text, base)));
            return copy;
        }
        ScalarNode scalar = (ScalarNode) node;
        return ValueOffsets.scalar(text.hostSpan(scalar.span().start(), scalar.span().end()), path, scalar.value(), scalar.kind(),
                hostOffsets(scalar, text));
    }

    /**
     * Where each character of an embedded string is written in the host: through the JSON escapes of the
     * embedded text, then through the host's own escapes. Null when the JSON string cannot be read exactly.
     */
    private static ValueOffsets hostOffsets(ScalarNode inner, EmbeddedText text) {
        if (!inner.isString() || inner.value() == null || inner.value().isEmpty()) {
            return null;
        }
        ScalarOffsets.Mapping mapping = ScalarOffsets.map(inner);
        if (!mapping.exact()) {
            return null;
        }
        int[] starts = new int[mapping.starts().length];
        int[] ends = new int[starts.length];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = text.hostOffset(mapping.starts()[i]);
            ends[i] = Math.max(starts[i] + 1, text.hostEnd(Math.max(mapping.starts()[i], mapping.ends()[i] - 1)));
        }
        return new ValueOffsets(starts, ends);
    }
}
