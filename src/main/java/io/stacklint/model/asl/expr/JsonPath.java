package io.stacklint.model.asl.expr;

/**
 * Syntax of the JSONPath paths of ASL: {@code $} (the input), {@code $$} (the context object) or
 * {@code $name} (a variable), then {@code .name}, {@code ['name']}, {@code [0]}, wildcards, deep scans,
 * slices, unions, filters and a closing function call such as {@code .length()}. Single pass, no regex.
 */
public final class JsonPath {
    /** What a path starts from. */
    public enum Root { INPUT, CONTEXT, VARIABLE }

    /**
     * The outcome of a parse: a syntax error, or the root and, when the path can select more than one node
     * (or calls a function), what makes it so and where.
     */
    public record Result(ExprError error, Root root, String multiple, int multipleStart, int multipleEnd) {
        public boolean isValid() {
            return error == null;
        }

        /** True for a Reference Path: a path that can only identify a single node. */
        public boolean isSingular() {
            return error == null && multiple == null;
        }
    }

    private final String text;
    private int pos;
    private Root root;
    private String multiple;
    private int multipleStart;
    private int multipleEnd;

    private JsonPath(String text) {
        this.text = text;
    }

    /** Parses a path; like Step Functions' JSONPath engine, it ignores spaces around the whole path. */
    public static Result parse(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        JsonPath parser = new JsonPath(text.substring(from, to));
        ExprError error;
        try {
            parser.path();
            error = null;
        } catch (Failure failure) {
            error = failure.error.shift(from);
        }
        return new Result(error, parser.root, parser.multiple, parser.multipleStart + from, parser.multipleEnd + from);
    }

    private void path() {
        if (!text.startsWith("$")) {
            throw fail(0, Math.min(1, text.length()), "a path must start with '$'");
        }
        if (text.startsWith("$$")) {
            root = Root.CONTEXT;
            pos = 2;
        } else if (text.length() > 1 && isNameStart(text.charAt(1))) {
            root = Root.VARIABLE;
            pos = 1;
            while (pos < text.length() && isNamePart(text.charAt(pos))) {
                pos++;
            }
        } else {
            root = Root.INPUT;
            pos = 1;
        }
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '.') {
                dot();
            } else if (c == '[') {
                bracket();
            } else if (Character.isWhitespace(c)) {
                throw fail(pos, pos + 1, "unexpected space in a path (use ['name with spaces'] for such a field)");
            } else {
                throw fail(pos, pos + 1, "unexpected '" + c + "': expected '.' or '[' after " + quote(text.substring(0, pos)));
            }
        }
    }

    private void dot() {
        int start = pos;
        pos++;
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            many("a deep scan '..'", start, pos);
            if (pos < text.length() && text.charAt(pos) == '[') {
                bracket();
                return;
            }
        }
        if (pos >= text.length()) {
            throw fail(start, pos, "the path ends with '.' but a field name must follow it");
        }
        char c = text.charAt(pos);
        if (c == '*') {
            many("the wildcard '*'", pos, pos + 1);
            pos++;
        } else if (c == '[' && pos - start == 1) {
            bracket();
        } else {
            name(start);
        }
    }

    private void name(int dotAt) {
        int start = pos;
        while (pos < text.length() && !isNameEnd(text.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            char c = text.charAt(pos);
            throw fail(pos, pos + 1, Character.isWhitespace(c)
                    ? "unexpected space after '.': a field name must follow it"
                    : "unexpected '" + c + "' after '.': a field name must follow it");
        }
        if (pos < text.length() && text.charAt(pos) == '(') {
            function(start);
        }
    }

    /** A function such as {@code length()} must end the path. */
    private void function(int nameStart) {
        int open = pos;
        int depth = 0;
        for (; pos < text.length(); pos++) {
            char c = text.charAt(pos);
            if (c == '\'' || c == '"') {
                pos = skipQuoted(pos) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                break;
            }
        }
        if (pos >= text.length()) {
            throw fail(open, open + 1, "'(' of the function call " + quote(text.substring(nameStart, open)) + " is not closed");
        }
        pos++;
        many("the function call " + quote(text.substring(nameStart, open) + "()"), nameStart, pos);
        if (pos < text.length()) {
            throw fail(pos, pos + 1, "a function call must end the path, but " + quote(text.substring(pos)) + " follows it");
        }
    }

    private void bracket() {
        int open = pos;
        pos++;
        skipSpaces();
        if (pos >= text.length()) {
            throw fail(open, open + 1, "'[' is not closed");
        }
        char c = text.charAt(pos);
        if (c == '?' || c == '(') {
            filter(open);
            return;
        }
        if (c == '*') {
            many("the wildcard '[*]'", open, pos + 2);
            pos++;
        } else if (c == '\'' || c == '"') {
            names(open);
        } else if (c == '-' || c == ':' || (c >= '0' && c <= '9')) {
            indexes(open);
        } else if (c == ']') {
            throw fail(open, pos + 1, "'[]' is empty: put an index, a quoted name, '*' or a filter in it");
        } else {
            throw fail(pos, pos + 1, "unexpected '" + c + "' in '[...]': expected an index, a quoted name, '*' or a filter");
        }
        close(open);
    }

    private void names(int open) {
        while (true) {
            int end = skipQuoted(pos);
            if (end < 0) {
                throw fail(pos, text.length(), "the quoted name is not closed");
            }
            pos = end;
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == ',') {
                many("the union ','", pos, pos + 1);
                pos++;
                skipSpaces();
                if (pos >= text.length() || (text.charAt(pos) != '\'' && text.charAt(pos) != '"')) {
                    throw fail(pos, pos + 1, "expected a quoted name after ','");
                }
            } else {
                return;
            }
        }
    }

    private void indexes(int open) {
        int parts = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '-' || (c >= '0' && c <= '9')) {
                int start = pos;
                pos++;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
                if (text.charAt(start) == '-' && pos == start + 1) {
                    throw fail(start, pos, "'-' must be followed by a number");
                }
                parts++;
            } else if (c == ':') {
                many("the slice ':'", open, pos + 1);
                pos++;
            } else if (c == ',') {
                many("the union ','", pos, pos + 1);
                pos++;
            } else if (c == ' ') {
                pos++;
            } else {
                break;
            }
        }
        if (parts == 0 && multiple == null) {
            throw fail(open, pos, "expected an index in '[...]'");
        }
    }

    /** A filter {@code [?(...)]} or script {@code [(...)]}: balanced parentheses, quoted strings respected. */
    private void filter(int open) {
        int start = pos;
        if (text.charAt(pos) == '?') {
            pos++;
            skipSpaces();
            if (pos >= text.length() || text.charAt(pos) != '(') {
                throw fail(start, pos + 1, "a filter must be written '[?(...)]'");
            }
        }
        int parenOpen = pos;
        int depth = 0;
        for (; pos < text.length(); pos++) {
            char c = text.charAt(pos);
            if (c == '\'' || c == '"') {
                int end = skipQuoted(pos);
                if (end < 0) {
                    throw fail(pos, text.length(), "the quoted string in the filter is not closed");
                }
                pos = end - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                break;
            }
        }
        if (pos >= text.length()) {
            throw fail(parenOpen, parenOpen + 1, "'(' of the filter is not closed");
        }
        if (text.substring(parenOpen + 1, pos).isBlank()) {
            throw fail(open, pos + 1, "the filter is empty");
        }
        pos++;
        many("the filter '" + text.substring(open, Math.min(pos + 1, text.length())) + "'", open, pos + 1);
        skipSpaces();
        close(open);
    }

    private void close(int open) {
        skipSpaces();
        if (pos >= text.length()) {
            throw fail(open, open + 1, "'[' is not closed");
        }
        if (text.charAt(pos) != ']') {
            throw fail(pos, pos + 1, "unexpected '" + text.charAt(pos) + "': expected ']'");
        }
        pos++;
    }

    /** The index after the closing quote of the string starting at {@code at}, or -1 when it is not closed. */
    private int skipQuoted(int at) {
        char quote = text.charAt(at);
        for (int i = at + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
        return -1;
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private void many(String what, int start, int end) {
        if (multiple == null) {
            multiple = what;
            multipleStart = start;
            multipleEnd = Math.min(end, text.length());
        }
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Dot-notation names run to the next '.', '[' or '('; characters that cannot be in one are errors. */
    private static boolean isNameEnd(char c) {
        return c == '.' || c == '[' || c == '(' || c == ']' || c == ')' || c == '\'' || c == '"' || c == ',' || Character.isWhitespace(c);
    }

    private static String quote(String s) {
        return "'" + s + "'";
    }

    private Failure fail(int start, int end, String message) {
        return new Failure(new ExprError(start, Math.min(Math.max(end, start), text.length()), message));
    }

    private static final class Failure extends RuntimeException {
        private final ExprError error;

        Failure(ExprError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }
}
