package io.stacklint.model.asl;

import io.stacklint.parse.ParseProblem;
import io.stacklint.parse.ParsedDocument;
import io.stacklint.parse.TreeParser;
import io.stacklint.source.SourceFile;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.NodePath;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The local file a SAM {@code DefinitionUri} names, read relative to the template's directory. A path that
 * leads outside that directory (through {@code ..} or a symbolic link) is refused unread: a template must
 * not make the linter read arbitrary files, and SAM packages only what the project holds.
 */
final class DefinitionFile {
    /** What became of the path: the parsed file, or (document null) the reason it was not read. */
    record Outcome(ParsedDocument document, Path realPath, UnreadSource.Reason refused, String detail) {
    }

    private DefinitionFile() {
    }

    /**
     * Reads the file; its nodes' paths continue {@code base} (the {@code DefinitionUri} value), so that the
     * resource's suppressions and structural paths cover the definition as they cover a {@code Definition}.
     */
    static Outcome read(SourceFile template, String uri, NodePath base) {
        Path templatePath = template.path().toAbsolutePath();
        Path directory = templatePath.getParent() == null ? Path.of("").toAbsolutePath() : templatePath.getParent();
        Path target;
        try {
            target = directory.resolve(uri).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return refused(UnreadSource.Reason.MISSING_FILE, "'" + uri + "' is not a valid path");
        }
        String display = displayPath(template, uri);
        if (!target.startsWith(directory.normalize())) {
            return refused(UnreadSource.Reason.OUTSIDE_TEMPLATE, "'" + display + "'");
        }
        if (!Files.exists(target)) {
            return refused(UnreadSource.Reason.MISSING_FILE, "'" + display + "' does not exist");
        }
        try {
            Path real = target.toRealPath();
            if (!real.startsWith(directory.toRealPath())) {
                return refused(UnreadSource.Reason.OUTSIDE_TEMPLATE, "'" + display + "', a symbolic link to a file outside it");
            }
            if (!Files.isRegularFile(real)) {
                return refused(UnreadSource.Reason.MISSING_FILE, "'" + display + "' is not a regular file");
            }
            SourceFile source = SourceFile.read(target, display);
            ParsedDocument parsed = TreeParser.parse(source);
            List<ParseProblem> problems = parsed.problems().stream()
                    .map(p -> new ParseProblem(p.kind(), p.span(), base.resolve(p.path()), p.message())).toList();
            Node root = parsed.root() == null ? null : rebase(parsed.root(), base);
            return new Outcome(new ParsedDocument(source, parsed.format(), root, problems), real, null, display);
        } catch (IOException e) {
            return refused(UnreadSource.Reason.MISSING_FILE, "'" + display + "' cannot be read: " + e.getMessage());
        }
    }

    /** Shown as the template is shown: {@code stacks/app/template.yaml} names {@code stacks/app/statemachine/x.asl.json}. */
    static String displayPath(SourceFile template, String uri) {
        Path shown = Path.of(template.displayPath()).resolveSibling(uri).normalize();
        return shown.toString().replace('\\', '/');
    }

    private static Node rebase(Node node, NodePath base) {
        NodePath path = base.resolve(node.path());
        if (node instanceof MapNode map) {
            MapNode copy = new MapNode(map.span(), path, map.isShortForm());
            for (Entry entry : map.entries()) {
                ScalarNode key = entry.key();
                copy.put(new Entry(new ScalarNode(key.span(), base.resolve(key.path()), key.value(), key.kind()), rebase(entry.value(), base)));
            }
            return copy;
        }
        if (node instanceof SeqNode seq) {
            SeqNode copy = new SeqNode(seq.span(), path);
            seq.items().forEach(item -> copy.add(rebase(item, base)));
            return copy;
        }
        ScalarNode scalar = (ScalarNode) node;
        return new ScalarNode(scalar.span(), path, scalar.value(), scalar.kind());
    }

    private static Outcome refused(UnreadSource.Reason reason, String detail) {
        return new Outcome(null, null, reason, detail);
    }
}
