package io.stacklint.parse;

/**
 * Single-quoted, double-quoted and plain YAML scalars, and JSON strings (whose escapes are a subset of
 * YAML's double-quoted ones). Escapes map to their backslash; a folded line break (which reads as a space,
 * or as the empty lines after it) maps to the break.
 */
final class FlowScalarDecoder extends ScalarDecoder {
    private final int end;
    private final boolean json;

    /**
     * {@code end}: where the scalar's source ends; only plain scalars need it, quoted ones end at their quote.
     * {@code json}: read a double-quoted string as JSON does, where blanks and line separators are just characters.
     */
    FlowScalarDecoder(String text, String value, int end, boolean json) {
        super(text, value);
        this.end = Math.min(end, text.length());
        this.json = json;
    }

    @Override
    void decode(int start) {
        char quote = at(start);
        if (json) {
            jsonString(start + 1);
        } else if (quote == '\'' || quote == '"') {
            quoted(start + 1, quote);
        } else {
            plain(start);
        }
    }

    private void jsonString(int i) {
        while (at(i) != '"') {
            if (i >= text.length()) {
                throw Mismatch.INSTANCE;
            }
            if (at(i) == '\\') {
                i = escape(i);
            } else {
                emit(text.charAt(i), i, i + 1);
                i++;
            }
        }
    }

    private void quoted(int start, char quote) {
        int i = nonSpaces(start, quote);
        while (at(i) != quote) {
            if (i >= text.length()) {
                throw Mismatch.INSTANCE;
            }
            i = nonSpaces(spaces(i), quote);
        }
    }

    /** Characters up to the next blank, line break or closing quote; escapes and {@code ''} decoded. */
    private int nonSpaces(int i, char quote) {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || isBreak(i)) {
                return i;
            }
            if (c == '\'' && quote == '\'') {
                if (at(i + 1) != '\'') {
                    return i;
                }
                emit('\'', i, i + 2);
                i += 2;
            } else if (c == '"' && quote == '"') {
                return i;
            } else if (c == '\\' && quote == '"') {
                i = escape(i);
            } else {
                emit(c, i, i + 1);
                i++;
            }
        }
        return i;
    }

    private int escape(int slash) {
        char c = at(slash + 1);
        String simple = YamlEscapes.simple(c);
        if (simple != null) {
            emit(simple, slash, slash + 2);
            return slash + 2;
        }
        int digits = YamlEscapes.hexDigits(c);
        if (digits > 0) {
            int to = slash + 2 + digits;
            if (to > text.length()) {
                throw Mismatch.INSTANCE;
            }
            emit(YamlEscapes.codePoint(text, slash + 2, to), slash, to);
            return to;
        }
        int length = breakLength(slash + 1);
        if (length == 0) {
            throw Mismatch.INSTANCE;
        }
        // An escaped line break joins the lines: nothing for the break itself, a line feed per empty line after it.
        int i = collectBreaks(slash + 1 + length, true);
        emitBreaks();
        return i;
    }

    /** Blanks and line breaks inside a quoted scalar: kept within a line, folded across lines. */
    private int spaces(int i) {
        int blanksFrom = i;
        while (isBlank(i)) {
            i++;
        }
        int length = breakLength(i);
        if (length == 0) {
            for (int k = blanksFrom; k < i; k++) {
                emit(text.charAt(k), k, k + 1);
            }
            return i;
        }
        int lineBreak = i;
        i = collectBreaks(i + length, true);
        fold(lineBreak);
        return i;
    }

    /** A plain scalar: its source is exactly its span, so only the folding of line breaks needs reading. */
    private void plain(int start) {
        int i = start;
        while (i < end) {
            if (!isBlank(i) && !isBreak(i)) {
                emit(text.charAt(i), i, i + 1);
                i++;
                continue;
            }
            int blanksFrom = i;
            while (i < end && isBlank(i)) {
                i++;
            }
            int length = i < end ? breakLength(i) : 0;
            if (length == 0) {
                for (int k = blanksFrom; k < i; k++) {
                    emit(text.charAt(k), k, k + 1);
                }
                continue;
            }
            int lineBreak = i;
            i = collectBreaks(i + length, false);
            fold(lineBreak);
        }
    }

    /**
     * A line break followed by {@link #breakCount()} empty lines: a line feed reads as one space when no empty
     * line follows, else as nothing (each empty line gives a line feed); LS and PS are kept as they are.
     */
    private void fold(int lineBreak) {
        if (breakChar(lineBreak) != '\n') {
            emit(breakChar(lineBreak), lineBreak, lineBreak + 1);
        } else if (breakCount() == 0) {
            emit(' ', lineBreak, lineBreak + breakLength(lineBreak));
        }
        emitBreaks();
    }

    /** Skips the indentation of following lines, remembering each further line break; stops at content. */
    private int collectBreaks(int i, boolean tabsToo) {
        clearBreaks();
        while (true) {
            while (at(i) == ' ' || (tabsToo && at(i) == '\t')) {
                i++;
            }
            int length = breakLength(i);
            if (length == 0) {
                return i;
            }
            addBreak(i);
            i += length;
        }
    }
}
