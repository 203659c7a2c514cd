package io.stacklint.parse;

import io.stacklint.tree.ScalarNode;

/**
 * Where each character of a string scalar's value is written in its file. A quoted or block scalar
 * holds escapes, folded lines and indentation, so value index and file offset differ.
 */
final class ScalarOffsets {
    private ScalarOffsets() {
    }

    /** One host offset per character of {@code node.value()}. */
    static int[] of(ScalarNode node) {
        String value = node.value();
        int[] out = new int[value.length()];
        String raw = node.span().text();
        int start = node.span().start();
        int shift = raw.equals(value) ? 0 : raw.length() == value.length() + 2 && raw.substring(1, raw.length() - 1).equals(value) ? 1 : -1;
        for (int i = 0; i < out.length; i++) {
            // TODO(embedded positions): decode escapes, folding and block indentation exactly.
            out[i] = shift < 0 ? start : start + shift + i;
        }
        return out;
    }
}
