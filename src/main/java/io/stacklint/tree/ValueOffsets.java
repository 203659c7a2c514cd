package io.stacklint.tree;

import io.stacklint.source.Span;

/**
 * Where each character of a string scalar's value is written in its file: {@code starts[i]} to {@code ends[i]}
 * (exclusive). Known at parse time for a string inside embedded JSON, whose file text holds two layers of
 * escapes that reading the file again cannot undo. The parser writes them and reads them back through the two
 * static methods here; {@link ScalarNode} keeps them package-private, so a plugin rule never sees them.
 */
public record ValueOffsets(int[] starts, int[] ends) {
    /** A scalar whose characters' places in the file are known from how it was read; {@code offsets} may be null. */
    public static ScalarNode scalar(Span span, NodePath path, String value, ScalarNode.Kind kind, ValueOffsets offsets) {
        return new ScalarNode(span, path, value, kind, offsets);
    }

    /** The file place of each character of the scalar's value, when known from parsing; null otherwise. */
    public static ValueOffsets of(ScalarNode node) {
        return node.valueOffsets();
    }
}
