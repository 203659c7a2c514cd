package io.stacklint.parse;

import java.io.StringReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's character reader over a text that is already in memory. SnakeYAML's own reader refills a
 * window 1,024 characters at a time and copies the whole look-ahead on every refill, so one long token (a
 * 2 MB scalar without a blank) costs time and garbage quadratic in its length; here every look-ahead is an
 * array index. It also says where a character YAML forbids (NUL, other control characters) is, instead of
 * refusing the chunk that holds it.
 */
final class WholeTextReader extends StreamReader {
    private static final String NAME = "'reader'";

    private final int[] data;
    private final int length;
    /** The index of the first code point YAML does not allow, or {@code length} when there is none. */
    private final int forbidden;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    WholeTextReader(String text) {
        super(new StringReader(""));
        this.data = codePoints(text);
        this.length = data.length;
        int first = 0;
        while (first < length && isPrintable(data[first])) {
            first++;
        }
        this.forbidden = first;
    }

    /** A plain loop: String.codePoints() would link a stream pipeline and its lambdas for one array. */
    private static int[] codePoints(String text) {
        int[] points = new int[text.codePointCount(0, text.length())];
        for (int i = 0, at = 0; i < points.length; i++) {
            int point = text.codePointAt(at);
            points[i] = point;
            at += Character.charCount(point);
        }
        return points;
    }

    @Override
    public Mark getMark() {
        return new Mark(NAME, index, line, column, data, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int count) {
        for (int i = 0; i < count && available(0); i++) {
            int c = data[pointer++];
            index++;
            documentIndex++;
            if (Constant.LINEBR.has(c) || (c == '\r' && available(0) && data[pointer] != '\n')) {
                line++;
                column = 0;
            } else if (c != '\uFEFF') {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return available(0) ? data[pointer] : 0;
    }

    @Override
    public int peek(int offset) {
        return available(offset) ? data[pointer + offset] : 0;
    }

    @Override
    public String prefix(int count) {
        if (count == 0) {
            return "";
        }
        available(count);
        return new String(data, pointer, Math.min(count, length - pointer));
    }

    @Override
    public String prefixForward(int count) {
        String prefix = prefix(count);
        pointer += count;
        index += count;
        documentIndex += count;
        column += count;
        return prefix;
    }

    /** True when the code point at {@code pointer + offset} exists; a forbidden one is an error once reached. */
    private boolean available(int offset) {
        int at = pointer + offset;
        if (at >= forbidden && forbidden < length) {
            throw new ReaderException(NAME, forbidden, data[forbidden], "special characters are not allowed");
        }
        return at < length;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }
}
