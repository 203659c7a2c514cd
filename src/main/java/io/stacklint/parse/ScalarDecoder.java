package io.stacklint.parse;

import java.util.Arrays;

/**
 * Re-reads a scalar from its source text the way SnakeYAML (or a JSON reader) does, recording where each
 * character of the value comes from. Every character produced is checked against the value the parser
 * returned as it is produced, so a style read differently stops the work at the first difference.
 */
abstract class ScalarDecoder {
    /** Thrown when the source does not read as the expected value; carries no stack, it is control flow. */
    static final class Mismatch extends RuntimeException {
        static final Mismatch INSTANCE = new Mismatch();

        private Mismatch() {
            super(null, null, false, false);
        }
    }

    final String text;
    private final String value;
    final int[] starts;
    final int[] ends;
    private int count;
    private int[] breaks = new int[8];
    private int breakCount;

    ScalarDecoder(String text, String value) {
        this.text = text;
        this.value = value;
        this.starts = new int[value.length()];
        this.ends = new int[value.length()];
    }

    /** Reads the scalar whose source starts at {@code start}; throws {@link Mismatch} when it does not give the value. */
    abstract void decode(int start);

    /** True when the whole value was produced, no more and no less. */
    final boolean complete() {
        return count == value.length();
    }

    final void reset() {
        count = 0;
        breakCount = 0;
    }

    /** One character of the value, written at {@code [from, to)} of the source. */
    final void emit(char c, int from, int to) {
        if (count >= value.length() || value.charAt(count) != c) {
            throw Mismatch.INSTANCE;
        }
        starts[count] = from;
        ends[count] = to;
        count++;
    }

    /** The characters of {@code chars}, all written at {@code [from, to)} (an escape that stands for them). */
    final void emit(String chars, int from, int to) {
        for (int i = 0; i < chars.length(); i++) {
            emit(chars.charAt(i), from, to);
        }
    }

    /** The source character at {@code i}, or NUL past the end (as SnakeYAML's reader answers). */
    final char at(int i) {
        return i < text.length() ? text.charAt(i) : '\0';
    }

    final boolean isBreak(int i) {
        char c = at(i);
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The length of the line break at {@code i} (2 for CRLF), 0 when there is none. */
    final int breakLength(int i) {
        if (!isBreak(i)) {
            return 0;
        }
        return at(i) == '\r' && at(i + 1) == '\n' ? 2 : 1;
    }

    /** What a line break reads as: LS and PS stay themselves, every other break is a line feed. */
    final char breakChar(int i) {
        char c = at(i);
        return c == '\u2028' || c == '\u2029' ? c : '\n';
    }

    final boolean isBlank(int i) {
        return at(i) == ' ' || at(i) == '\t';
    }

    /** Remembers a line break that reads as a line feed of its own (an empty line), to be emitted later. */
    final void addBreak(int i) {
        if (breakCount == breaks.length) {
            breaks = Arrays.copyOf(breaks, breakCount * 2);
        }
        breaks[breakCount++] = i;
    }

    final int breakCount() {
        return breakCount;
    }

    final void clearBreaks() {
        breakCount = 0;
    }

    /** Emits the remembered line breaks, each at its place, and forgets them. */
    final void emitBreaks() {
        for (int k = 0; k < breakCount; k++) {
            int at = breaks[k];
            emit(breakChar(at), at, at + breakLength(at));
        }
        breakCount = 0;
    }
}
