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
 * leads outside the repository being linted ({@link DefinitionBoundary}, through {@code ..}, an absolute path
 * or a symbolic link) is refused unread: a template must not make the linter read arbitrary files. A path that
 * names the file in other letter case than the disk does is read as the file found (it is what a
 * case-insensitive file system gives SAM) and noted, since a case-sensitive one gives nothing.
 */
final class DefinitionFile {
    /**
     * What became of the path: the parsed file, or (document null) the reason it was not read.
     * {@code onDisk} is the file's path as the disk spells it when the written path differs in letter case.
     */
    record Outcome(ParsedDocument document, Path realPath, UnreadSource.Reason refused, String detail, String onDisk) {
    }

    private DefinitionFile() {
    }

    /**
     * Reads the file; its nodes' paths continue {@code base} (the {@code DefinitionUri} value), so that the
     * resource's suppressions and structural paths cover the definition as they cover a {@code Definition}.
     */
    static Outcome read(SourceFile template, String uri, NodePath base, DefinitionBoundary boundary) {
        Path templatePath = template.path().toAbsolutePath();
        Path directory = templatePath.getParent() == null ? Path.of("").toAbsolutePath() : templatePath.getParent();
        Path written;
        try {
            written = directory.resolve(uri).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return refused(UnreadSource.Reason.MISSING_FILE, "'" + uri + "' is not a valid path");
        }
        String display = displayPath(template, uri);
        if (!written.startsWith(boundary.root())) {
            return refused(UnreadSource.Reason.OUTSIDE_TEMPLATE, "'" + display + "', outside the repository being linted");
        }
        Path target = onDisk(directory.normalize(), written);
        if (target == null) {
            return refused(UnreadSource.Reason.MISSING_FILE, "'" + display + "' does not exist");
        }
        String differentCase = target.equals(written) ? null
                : displayPath(template, directory.normalize().relativize(target).toString());
        try {
            Path real = target.toRealPath();
            if (!real.startsWith(boundary.root().toRealPath())) {
                return refused(UnreadSource.Reason.OUTSIDE_TEMPLATE, "'" + display + "', a symbolic link to a file outside the repository being linted");
            }
            if (!Files.isRegularFile(real)) {
                return refused(UnreadSource.Reason.MISSING_FILE, "'" + display + "' is not a regular file");
            }
            SourceFile source = SourceFile.read(target, differentCase != null ? differentCase : display);
            ParsedDocument parsed = TreeParser.parse(source);
            List<ParseProblem> problems = parsed.problems().stream()
                    .map(p -> new ParseProblem(p.kind(), p.span(), base.resolve(p.path()), p.message())).toList();
            Node root = parsed.root() == null ? null : rebase(parsed.root(), base);
            return new Outcome(new ParsedDocument(source, parsed.format(), root, problems), real, null, display, differentCase);
        } catch (IOException e) {
            return refused(UnreadSource.Reason.MISSING_FILE, "'" + display + "' cannot be read: " + e.getMessage());
        }
    }

    /**
     * The file {@code written} names as the disk spells it: each name of the path below the directory the
     * template and the file share, matched exactly, else in any letter case when just one entry matches so
     * (as a case-insensitive file system finds it). Null when there is no such file.
     */
    private static Path onDisk(Path directory, Path written) {
        Path at = directory;
        while (!written.startsWith(at)) {
            at = at.getParent();
        }
        if (at.equals(written)) {
            return Files.exists(at) ? at : null;
        }
        for (Path name : at.relativize(written)) {
            Path next = entry(at, name.toString());
            if (next == null) {
                return null;
            }
            at = next;
        }
        return Files.exists(at) ? at : null;
    }

    private static Path entry(Path directory, String name) {
        if (!Files.isDirectory(directory)) {
            return null;
        }
        Path exact = null;
        Path other = null;
        int others = 0;
        try (var entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String found = entry.getFileName().toString();
                if (found.equals(name)) {
                    exact = entry;
                } else if (found.equalsIgnoreCase(name)) {
                    other = entry;
                    others++;
                }
            }
        } catch (IOException e) {
            return null;
        }
        return exact != null ? exact : others == 1 ? other : null;
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
        return new Outcome(null, null, reason, detail, null);
    }
}
