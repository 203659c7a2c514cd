package io.stacklint.model.asl;

import io.stacklint.parse.ParsedDocument;
import io.stacklint.parse.TreeParser;
import io.stacklint.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    static Outcome read(SourceFile template, String uri) {
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
            return new Outcome(TreeParser.parse(source), real, null, display);
        } catch (IOException e) {
            return refused(UnreadSource.Reason.MISSING_FILE, "'" + display + "' cannot be read: " + e.getMessage());
        }
    }

    /** Shown as the template is shown: {@code stacks/app/template.yaml} names {@code stacks/app/statemachine/x.asl.json}. */
    static String displayPath(SourceFile template, String uri) {
        Path shown = Path.of(template.displayPath()).resolveSibling(uri).normalize();
        return shown.toString().replace('\\', '/');
    }

    private static Outcome refused(UnreadSource.Reason reason, String detail) {
        return new Outcome(null, null, reason, detail);
    }
}
