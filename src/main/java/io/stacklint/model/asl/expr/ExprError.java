package io.stacklint.model.asl.expr;

/** A problem found in an expression: characters {@code start} (inclusive) to {@code end} (exclusive) of its text. */
public record ExprError(int start, int end, String message) {
    public ExprError {
        if (end < start) {
            end = start;
        }
    }

    /** The same problem in a text where this expression starts at {@code offset}. */
    public ExprError shift(int offset) {
        return new ExprError(start + offset, end + offset, message);
    }
}
