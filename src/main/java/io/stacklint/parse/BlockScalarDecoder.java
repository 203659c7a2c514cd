package io.stacklint.parse;

/**
 * Literal ({@code |}) and folded ({@code >}) block scalars, read as SnakeYAML reads them: the header with its
 * chomping and indentation indicators, the content indentation, folding of lines that do not start with a
 * blank, and the chomping of trailing line breaks. A line feed of the value maps to the line break it comes
 * from; a folded line break maps to the break it replaces.
 */
final class BlockScalarDecoder extends ScalarDecoder {
    private static final int STRIP = -1;
    private static final int CLIP = 0;
    private static final int KEEP = 1;

    private boolean folded;
    private int chomping = CLIP;

    BlockScalarDecoder(String text, String value) {
        super(text, value);
    }

    @Override
    void decode(int start) {
        folded = at(start) == '>';
        int i = start + 1;
        int increment = -1;
        for (int k = 0; k < 2; k++) {
            char c = at(i);
            if ((c == '+' || c == '-') && chomping == CLIP) {
                chomping = c == '+' ? KEEP : STRIP;
                i++;
            } else if (c >= '1' && c <= '9' && increment < 0) {
                increment = c - '0';
                i++;
            }
        }
        while (at(i) == ' ') {
            i++;
        }
        if (at(i) == '#') {
            while (i < text.length() && !isBreak(i)) {
                i++;
            }
        }
        if (i < text.length() && !isBreak(i)) {
            throw Mismatch.INSTANCE;
        }
        int content = i + breakLength(i);
        if (increment < 0) {
            // SnakeYAML takes the deepest indentation of the leading lines, unless the enclosing block is deeper.
            int deepest = Math.max(1, deepestLeadingIndent(content));
            if (attempt(content, deepest, true) || attempt(content, deepest + 1, true)) {
                return;
            }
        } else {
            // The indicator counts from the enclosing block's indentation, which is at most the indicator's column.
            for (int parent = 0; parent <= column(start); parent++) {
                if (attempt(content, increment + parent, false)) {
                    return;
                }
            }
        }
        throw Mismatch.INSTANCE;
    }

    private boolean attempt(int content, int indent, boolean detected) {
        reset();
        try {
            lines(content, indent, detected);
            return complete();
        } catch (Mismatch e) {
            return false;
        }
    }

    private void lines(int i, int indent, boolean detected) {
        int column = 0;
        if (detected) {
            // Leading empty lines lose all their spaces when the indentation was found from them.
            while (at(i) == ' ' || isBreak(i)) {
                if (at(i) == ' ') {
                    column++;
                    i++;
                } else {
                    addBreak(i);
                    i += breakLength(i);
                    column = 0;
                }
            }
        } else {
            i = emptyLines(i, indent);
            column = column(i);
        }
        int lineBreak = -1;
        while (column == indent && i < text.length()) {
            emitBreaks();
            boolean leadingNonBlank = !isBlank(i);
            while (i < text.length() && !isBreak(i)) {
                emit(text.charAt(i), i, i + 1);
                i++;
            }
            lineBreak = i < text.length() ? i : -1;
            i = emptyLines(i + breakLength(i), indent);
            column = column(i);
            if (column != indent || i >= text.length()) {
                break;
            }
            if (folded && breakChar(lineBreak) == '\n' && leadingNonBlank && !isBlank(i)) {
                if (breakCount() == 0) {
                    emit(' ', lineBreak, lineBreak + breakLength(lineBreak));
                }
            } else {
                emitLineBreak(lineBreak);
            }
        }
        if (chomping != STRIP && lineBreak >= 0) {
            emitLineBreak(lineBreak);
        }
        if (chomping == KEEP) {
            emitBreaks();
        } else {
            clearBreaks();
        }
    }

    private void emitLineBreak(int at) {
        emit(breakChar(at), at, at + breakLength(at));
    }

    /** Skips the indentation of the line at {@code i} and any empty lines after it, remembering their breaks. */
    private int emptyLines(int i, int indent) {
        i = skipIndent(i, indent);
        while (isBreak(i)) {
            addBreak(i);
            i = skipIndent(i + breakLength(i), indent);
        }
        return i;
    }

    /** Skips at most {@code indent} spaces. */
    private int skipIndent(int i, int indent) {
        int lineStart = i;
        while (i - lineStart < indent && at(i) == ' ') {
            i++;
        }
        return i;
    }

    /** How many characters of its line precede {@code i}. */
    private int column(int i) {
        int k = i;
        while (k > 0 && !isBreak(k - 1)) {
            k--;
        }
        return i - k;
    }

    private int deepestLeadingIndent(int i) {
        int deepest = 0;
        int column = 0;
        while (at(i) == ' ' || isBreak(i)) {
            if (at(i) == ' ') {
                column++;
                deepest = Math.max(deepest, column);
                i++;
            } else {
                i += breakLength(i);
                column = 0;
            }
        }
        return deepest;
    }
}
