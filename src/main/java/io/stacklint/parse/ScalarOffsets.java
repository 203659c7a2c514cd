package io.stacklint.parse;

import io.stacklint.source.Span;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.ValueOffsets;
import java.util.Arrays;

/**
 * Where each character of a string scalar's value is written in its file. A quoted or block scalar
 * holds escapes, folded lines and indentation, so value index and file offset differ. The value is read
 * again from the source and must come out equal to what the parser returned; when it does not (a style
 * this reading does not know), every character falls back to the whole scalar.
 */
final class ScalarOffsets {
    private ScalarOffsets() {
    }

    /** Where the characters of a value are written: {@code [starts[i], ends[i])} for character {@code i}. */
    record Mapping(int[] starts, int[] ends, boolean exact) {
    }

    /** One host offset per character of {@code node.value()}. */
    static int[] of(ScalarNode node) {
        return map(node).starts();
    }

    static Mapping map(ScalarNode node) {
        ValueOffsets known = ValueOffsets.of(node);
        if (known != null) {
            return new Mapping(known.starts(), known.ends(), true);
        }
        String value = node.value() == null ? "" : node.value();
        Span span = node.span();
        Mapping exact = exact(span.file().text(), span.start(), span.end(), value);
        if (exact != null) {
            return exact;
        }
        int[] starts = new int[value.length()];
        int[] ends = new int[value.length()];
        Arrays.fill(starts, span.start());
        Arrays.fill(ends, Math.max(span.start() + 1, span.end()));
        return new Mapping(starts, ends, false);
    }

    private static Mapping exact(String text, int start, int end, String value) {
        if (value.isEmpty()) {
            // Nothing to place (an empty value after a tag starts where the tag ends, not at its quotes).
            return new Mapping(new int[0], new int[0], true);
        }
        if (start >= text.length()) {
            return null;
        }
        char first = text.charAt(start);
        Mapping yaml = exact(first == '|' || first == '>' ? new BlockScalarDecoder(text, value) : new FlowScalarDecoder(text, value, end, false), start);
        // The same double-quoted string reads differently in a JSON file when it holds tabs or line separators.
        return yaml != null || first != '"' ? yaml : exact(new FlowScalarDecoder(text, value, end, true), start);
    }

    private static Mapping exact(ScalarDecoder decoder, int start) {
        try {
            decoder.decode(start);
        } catch (RuntimeException e) {
            // A Mismatch, or a reading that went wrong in a way not foreseen: either way the value is not confirmed.
            return null;
        }
        return decoder.complete() ? new Mapping(decoder.starts, decoder.ends, true) : null;
    }
}
