package io.stacklint.parse;

import io.stacklint.source.SourceFile;
import io.stacklint.tree.Node;
import java.util.List;

/** A file and the tree read from it. The root is null when the file could not be read as YAML or JSON, or is empty. */
public record ParsedDocument(SourceFile source, SourceFormat format, Node root, List<ParseProblem> problems) {
    public ParsedDocument {
        problems = List.copyOf(problems);
    }

    public boolean hasSyntaxError() {
        return problems.stream().anyMatch(p -> p.kind() == ParseProblem.Kind.SYNTAX);
    }
}
