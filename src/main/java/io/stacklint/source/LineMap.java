package io.stacklint.source;

import java.util.Arrays;

/** Turns UTF-16 offsets into 1-based line and column numbers, the way editors count them. */
final class LineMap {
    private final int[] lineStarts;
    private final int length;

    LineMap(String text) {
        this.lineStarts = text.indexOf('\r') < 0 ? newlineStarts(text) : lineStarts(text);
        this.length = text.length();
    }

    /**
     * Nearly every file breaks lines with '\n' alone: String.indexOf finds them (an intrinsic) where the
     * charAt loop of {@link #lineStarts} runs interpreted over the whole text.
     */
    private static int[] newlineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            starts = append(starts, count++, at + 1);
        }
        return Arrays.copyOf(starts, count);
    }

    /** Line starts after '\n', "\r\n" and a lone '\r'. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                starts = append(starts, count++, i + 1);
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int[] append(int[] starts, int count, int start) {
        int[] out = count == starts.length ? Arrays.copyOf(starts, count * 2) : starts;
        out[count] = start;
        return out;
    }

    Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        int index = Arrays.binarySearch(lineStarts, clamped);
        int line = index >= 0 ? index : -index - 2;
        return new Position(line + 1, clamped - lineStarts[line] + 1);
    }

    /** The offset of a 1-based line and column; columns past the line's end are kept as given. */
    int offset(int line, int column) {
        int index = Math.max(0, Math.min(line - 1, lineStarts.length - 1));
        return Math.min(length, lineStarts[index] + Math.max(0, column - 1));
    }
}
