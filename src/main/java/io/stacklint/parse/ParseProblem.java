package io.stacklint.parse;

import io.stacklint.source.Span;
import io.stacklint.tree.NodePath;
import java.util.Objects;

/** Something the parser could not accept, at the place where it found it. */
public record ParseProblem(Kind kind, Span span, NodePath path, String message) {
    public ParseProblem(Kind kind, Span span, String message) {
        this(kind, span, NodePath.ROOT, message);
    }

    // equals and hashCode written out, as generated: a record's generated ones are linked through invokedynamic
    // on first use, which a one-file run with a parse problem would pay for (see Span).
    @Override
    public boolean equals(Object other) {
        return other instanceof ParseProblem problem && kind == problem.kind && Objects.equals(span, problem.span)
                && Objects.equals(path, problem.path) && Objects.equals(message, problem.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, span, path, message);
    }

    public enum Kind {
        /** The file is not well-formed YAML or JSON (or an embedded string is not well-formed JSON). */
        SYNTAX,
        /** A mapping repeats a key. */
        DUPLICATE_KEY,
        /** A YAML tag that CloudFormation does not know. */
        UNKNOWN_TAG,
        /** A YAML alias or merge key: expanded by packaging tools, rejected by CloudFormation itself. */
        ALIAS,
        /** An unquoted yes/no/on/off: text to stacklint and YAML 1.2, a boolean to YAML 1.1 readers. */
        YAML11_BOOLEAN
    }
}
