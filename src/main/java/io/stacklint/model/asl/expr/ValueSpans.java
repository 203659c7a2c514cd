package io.stacklint.model.asl.expr;

import io.stacklint.parse.EmbeddedText;
import io.stacklint.source.Span;
import io.stacklint.tree.ScalarNode;

/** Where part of a string value is written in its file, so a finding can point inside the string. */
public final class ValueSpans {
    private ValueSpans() {
    }

    /**
     * The host span of characters {@code start} to {@code end} of the scalar's value. A place at the very end
     * of the value (an expression that stops too early) is shown on its last character.
     */
    public static Span of(ScalarNode scalar, int start, int end) {
        int length = scalar.value().length();
        if (length == 0) {
            return scalar.span();
        }
        int from = Math.max(0, Math.min(start, length - 1));
        int to = Math.max(from + 1, Math.min(end, length));
        return EmbeddedText.in(scalar.span().file()).literal(scalar).build().hostSpan(from, to);
    }

    public static Span of(ScalarNode scalar, ExprError error) {
        return of(scalar, error.start(), error.end());
    }
}
