package io.stacklint.rules.engine;

import io.stacklint.model.DocumentKind;
import io.stacklint.model.asl.DefinitionFiles;
import io.stacklint.model.asl.UnreadSource;
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
import java.util.function.BiConsumer;

/**
 * The lint run's reader of the local files SAM {@code DefinitionUri}s name, read relative to the template's
 * directory and handed to the model as trees. A path that
 * leads outside the repository being linted ({@link DefinitionBoundary}, through {@code ..}, an absolute path
 * or a symbolic link) is refused unread: a template must not make the linter read arbitrary files. A path that
 * names the file in other letter case than the disk does is read as the file found (it is what a
 * case-insensitive file system gives SAM) and noted, since a case-sensitive one gives nothing.
 */
public final class DefinitionFileReader implements DefinitionFiles {
    private final Path lintRoot;
    private final BiConsumer<Path, Boolean> onRead;
    private Path boundaryFor;
    private DefinitionBoundary boundary;

    /**
     * {@code lintRoot}: the directory the command line named (null for none), which bounds DefinitionUri paths
     * outside git; {@code onRead} is told the real path of each file read, and whether its content is a state
     * machine definition (StartAt and States) whatever the file's name: its run then need not lint it on its own.
     */
    public DefinitionFileReader(Path lintRoot, BiConsumer<Path, Boolean> onRead) {
        this.lintRoot = lintRoot;
        this.onRead = onRead;
    }

    /** A reader for one command (graph, policy, a fixture check) that lints nothing else. */
    public DefinitionFileReader() {
        this(null, (path, definition) -> {
        });
    }

    @Override
    public Read read(SourceFile template, String uri, NodePath base) {
        Path templatePath = template.path().toAbsolutePath();
        Path directory = templatePath.getParent() == null ? Path.of("").toAbsolutePath() : templatePath.getParent();
        DefinitionBoundary boundary = boundary(directory);
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
            onRead.accept(real, DocumentKind.classify("", parsed.root()) == DocumentKind.STATE_MACHINE_DEFINITION);
            List<ParseProblem> problems = parsed.problems().stream()
                    .map(p -> new ParseProblem(p.kind(), p.span(), base.resolve(p.path()), p.message())).toList();
            Node root = parsed.root() == null ? null : rebase(parsed.root(), base);
            return new Read(new ParsedDocument(source, parsed.format(), root, problems), null, display, differentCase);
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

    private static Read refused(UnreadSource.Reason reason, String detail) {
        return Read.refused(reason, detail);
    }

    /** The boundary of the templates of one directory (a reader serves one template, or one command's files). */
    private DefinitionBoundary boundary(Path templateDirectory) {
        if (!templateDirectory.equals(boundaryFor)) {
            boundary = DefinitionBoundary.of(templateDirectory, lintRoot);
            boundaryFor = templateDirectory;
        }
        return boundary;
    }
}
