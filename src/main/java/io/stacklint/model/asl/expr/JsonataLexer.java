package io.stacklint.model.asl.expr;

/**
 * Splits a JSONata expression into tokens on demand. Whether a {@code /} starts a regular expression depends
 * on the parser's position (an operand is expected), so the parser asks for each token with that flag.
 */
final class JsonataLexer {
    enum Type { OPERATOR, NAME, VARIABLE, STRING, NUMBER, VALUE, REGEX, END }

    /** One token: its type, its text (the operator, the name, the unescaped string...) and its place. */
    record Token(Type type, String value, int start, int end) {
        boolean is(String operator) {
            return type == Type.OPERATOR && value.equals(operator);
        }

        String describe() {
            return type == Type.END ? "the end of the expression" : "'" + value + "'";
        }
    }

    private static final String SINGLE_OPERATORS = ".[]{}(),@#;:?+-*/%|=<>^&!~";
    private static final String[] DOUBLE_OPERATORS = {"..", ":=", "!=", ">=", "<=", "**", "~>", "?:", "??"};

    private final String text;
    private int pos;
    /** Characters scanned so far, counting again what is lexed again after a reset: the work done, for tests. */
    private long scanned;

    JsonataLexer(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    int position() {
        return pos;
    }

    void reset(int position) {
        pos = position;
    }

    long scanned() {
        return scanned;
    }

    Token next(boolean operandExpected) {
        int from = pos;
        try {
            return scan(operandExpected);
        } finally {
            scanned += Math.max(1, pos - from);
        }
    }

    private Token scan(boolean operandExpected) {
        skipSpaceAndComments();
        if (pos >= text.length()) {
            return new Token(Type.END, "", text.length(), text.length());
        }
        int start = pos;
        char c = text.charAt(pos);
        if (operandExpected && c == '/') {
            return regex();
        }
        for (String op : DOUBLE_OPERATORS) {
            if (text.startsWith(op, pos)) {
                pos += 2;
                return new Token(Type.OPERATOR, op, start, pos);
            }
        }
        if (SINGLE_OPERATORS.indexOf(c) >= 0) {
            pos++;
            return new Token(Type.OPERATOR, String.valueOf(c), start, pos);
        }
        if (c == '"' || c == '\'') {
            return string(c);
        }
        if (c >= '0' && c <= '9') {
            return number();
        }
        if (c == '`') {
            int close = text.indexOf('`', pos + 1);
            if (close < 0) {
                throw JsonataParser.fail(start, text.length(), "the quoted name starting here is not closed with '`'");
            }
            pos = close + 1;
            return new Token(Type.NAME, text.substring(start + 1, close), start, pos);
        }
        if (c == '$') {
            pos++;
            int nameStart = pos;
            readName();
            return new Token(Type.VARIABLE, text.substring(start, pos), start, pos);
        }
        readName();
        String name = text.substring(start, pos);
        return switch (name) {
            case "and", "or", "in" -> new Token(Type.OPERATOR, name, start, pos);
            case "true", "false", "null" -> new Token(Type.VALUE, name, start, pos);
            default -> new Token(Type.NAME, name, start, pos);
        };
    }

    private void readName() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || SINGLE_OPERATORS.indexOf(c) >= 0) {
                break;
            }
            pos++;
        }
    }

    private void skipSpaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '*') {
                int close = text.indexOf("*/", pos + 2);
                if (close < 0) {
                    throw JsonataParser.fail(pos, text.length(), "the comment starting here is not closed with '*/'");
                }
                pos = close + 2;
            } else {
                return;
            }
        }
    }

    private Token string(char quote) {
        int start = pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == quote) {
                pos++;
                return new Token(Type.STRING, text.substring(start, pos), start, pos);
            }
            if (c == '\\') {
                if (pos + 1 >= text.length()) {
                    break;
                }
                char e = text.charAt(pos + 1);
                if (e == 'u') {
                    if (pos + 6 > text.length() || !isHex(text, pos + 2, pos + 6)) {
                        throw JsonataParser.fail(pos, Math.min(pos + 6, text.length()), "'\\u' must be followed by four hexadecimal digits");
                    }
                    pos += 6;
                    continue;
                }
                if ("\"\\/bfnrt".indexOf(e) < 0) {
                    throw JsonataParser.fail(pos, pos + 2, "unsupported escape sequence '\\" + e + "' in a string");
                }
                pos += 2;
                continue;
            }
            pos++;
        }
        throw JsonataParser.fail(start, text.length(), "the string starting here is not closed with " + quote);
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** JSON numbers without sign (a '-' is an operator): 0, 12, 1.5, 2e10; "1..5" is 1, '..', 5. */
    private Token number() {
        int start = pos;
        if (text.charAt(pos) == '0') {
            pos++;
        } else {
            digits();
        }
        if (pos + 1 < text.length() && text.charAt(pos) == '.' && Character.isDigit(text.charAt(pos + 1))) {
            pos++;
            digits();
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int mark = pos;
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                digits();
            } else {
                pos = mark;
            }
        }
        return new Token(Type.NUMBER, text.substring(start, pos), start, pos);
    }

    private void digits() {
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
    }

    private Token regex() {
        int start = pos++;
        boolean inClass = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                if (pos == start + 1) {
                    throw JsonataParser.fail(start, pos + 1, "empty regular expressions are not allowed");
                }
                pos++;
                int flags = pos;
                while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
                    char flag = text.charAt(pos);
                    if (flag != 'i' && flag != 'm') {
                        throw JsonataParser.fail(pos, pos + 1, "'" + flag + "' is not a regular expression flag: use i or m");
                    }
                    pos++;
                }
                return new Token(Type.REGEX, text.substring(start, flags), start, pos);
            }
            pos++;
        }
        throw JsonataParser.fail(start, text.length(), "the regular expression starting here is not closed with '/'");
    }
}
