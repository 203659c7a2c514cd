package io.stacklint.tree;

/**
 * Where each character of a string scalar's value is written in its file: {@code starts[i]} to {@code ends[i]}
 * (exclusive). Known at parse time for a string inside embedded JSON, whose file text holds two layers of
 * escapes that reading the file again cannot undo.
 */
public record ValueOffsets(int[] starts, int[] ends) {
}
