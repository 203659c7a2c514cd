package io.stacklint.rules.api;

import io.stacklint.source.Position;
import io.stacklint.source.Span;
import io.stacklint.tree.NodePath;

/**
 * <b>Public API.</b> One problem found: which rule, how severe (after configuration), what, and where. A suppressed finding
 * is kept, with the reason, so that SARIF can show it as suppressed.
 */
public record Finding(RuleMeta rule, Severity severity, String message, Span span, NodePath path, Suppression suppression) {
    public record Suppression(String kind, String justification) {
    }

    public String file() {
        return span.file().displayPath();
    }

    public Position start() {
        return span.startPosition();
    }

    public Position end() {
        return span.endPosition();
    }

    public boolean isSuppressed() {
        return suppression != null;
    }

    public Finding suppressed(Suppression by) {
        return new Finding(rule, severity, message, span, path, by);
    }
}
