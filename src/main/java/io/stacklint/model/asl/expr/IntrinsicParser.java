package io.stacklint.model.asl.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses an intrinsic function call: {@code Name(arg, ...)}, where an argument is a call, a single-quoted
 * string ({@code \'}, {@code \{}, {@code \}} and {@code \\} are its only escapes), a number, {@code true},
 * {@code false}, {@code null} or a path. One pass over the text.
 */
public final class IntrinsicParser {
    /** A parse: the call, or the first syntax error; neither for calls nested too deeply to follow. */
    public record Result(Intrinsic.Call call, ExprError error) {
    }

    private final String text;
    private int pos;

    private IntrinsicParser(String text) {
        this.text = text;
    }

    /** True when the text is written like a function call (a name, then '('), so it is parsed as one. */
    public static boolean looksLikeCall(String text) {
        int i = 0;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '_')) {
            i++;
        }
        return i > 0 && i < text.length() && text.charAt(i) == '(';
    }

    public static Result parse(String text) {
        IntrinsicParser parser = new IntrinsicParser(text);
        try {
            Intrinsic.Call call = parser.call();
            parser.spaces();
            if (parser.pos < text.length()) {
                throw parser.fail(parser.pos, text.length(), "unexpected " + quote(text.substring(parser.pos)) + " after the closing ')' of the call");
            }
            return new Result(call, null);
        } catch (Failure failure) {
            return new Result(null, failure.error);
        } catch (StackOverflowError tooDeep) {
            return new Result(null, null);
        }
    }

    private Intrinsic.Call call() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.' || text.charAt(pos) == '_')) {
            pos++;
        }
        if (pos == start) {
            throw fail(pos, pos + 1, "expected an intrinsic function name such as States.Format");
        }
        String name = text.substring(start, pos);
        int nameEnd = pos;
        if (pos >= text.length() || text.charAt(pos) != '(') {
            throw fail(pos, pos + 1, "expected '(' after " + name);
        }
        int open = pos++;
        List<Intrinsic> args = new ArrayList<>();
        spaces();
        if (pos < text.length() && text.charAt(pos) == ')') {
            pos++;
            return new Intrinsic.Call(name, start, nameEnd, pos, args);
        }
        while (true) {
            spaces();
            args.add(argument(open, name));
            spaces();
            if (pos >= text.length()) {
                throw fail(open, open + 1, "'(' of " + name + " is not closed");
            }
            char c = text.charAt(pos);
            if (c == ',') {
                pos++;
            } else if (c == ')') {
                pos++;
                return new Intrinsic.Call(name, start, nameEnd, pos, args);
            } else {
                throw fail(pos, pos + 1, "unexpected '" + c + "' in the arguments of " + name + ": expected ',' or ')'");
            }
        }
    }

    private Intrinsic argument(int open, String function) {
        if (pos >= text.length()) {
            throw fail(open, open + 1, "'(' of " + function + " is not closed");
        }
        char c = text.charAt(pos);
        if (c == '\'') {
            return string();
        }
        if (c == '$') {
            return path();
        }
        if (c == '-' || Character.isDigit(c)) {
            return number();
        }
        if (c == ',' || c == ')') {
            throw fail(pos, pos + 1, "missing argument of " + function + " before '" + c + "'");
        }
        int start = pos;
        for (String constant : new String[] {"true", "false", "null"}) {
            if (text.startsWith(constant, pos) && (pos + constant.length() == text.length() || isArgumentEnd(text.charAt(pos + constant.length())))) {
                pos += constant.length();
                return new Intrinsic.Constant(constant, start, pos);
            }
        }
        if (looksLikeCall(text.substring(pos, Math.min(text.length(), pos + 200)))) {
            return call();
        }
        if (c == '"') {
            throw fail(pos, pos + 1, "string arguments are written in single quotes, not double quotes");
        }
        int end = pos;
        while (end < text.length() && !isArgumentEnd(text.charAt(end))) {
            end++;
        }
        throw fail(start, Math.max(end, start + 1), "unexpected " + quote(text.substring(start, Math.max(end, start + 1)))
                + ": an argument is a quoted string, a number, true, false, null, a path or an intrinsic function");
    }

    private static boolean isArgumentEnd(char c) {
        return c == ',' || c == ')' || Character.isWhitespace(c);
    }

    private Intrinsic string() {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        int placeholders = 0;
        boolean lastOpenBrace = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\') {
                if (pos + 1 >= text.length()) {
                    break;
                }
                char escaped = text.charAt(pos + 1);
                if ("'{}\\".indexOf(escaped) < 0) {
                    throw fail(pos, pos + 2, "illegal escape '\\" + escaped + "' in a string of an intrinsic function: only \\', \\{, \\} and \\\\ are allowed");
                }
                value.append(escaped);
                pos += 2;
                lastOpenBrace = false;
                continue;
            }
            if (c == '\'') {
                pos++;
                return new Intrinsic.Text(value.toString(), placeholders, start, pos);
            }
            if (c == '}' && lastOpenBrace) {
                placeholders++;
            }
            lastOpenBrace = c == '{';
            value.append(c);
            pos++;
        }
        throw fail(start, text.length(), "the string starting here is not closed with a single quote");
    }

    private Intrinsic number() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        int digits = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.'
                || text.charAt(pos) == 'e' || text.charAt(pos) == 'E'
                || ((text.charAt(pos) == '+' || text.charAt(pos) == '-') && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E')))) {
            pos++;
        }
        String number = text.substring(start, pos);
        if (pos == digits || !isNumber(number)) {
            throw fail(start, Math.max(pos, start + 1), quote(number) + " is not a number");
        }
        return new Intrinsic.Number(number, start, pos);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return !s.endsWith(".") && Character.isDigit(s.charAt(s.length() - 1));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A path argument runs to the ',' or ')' that is outside its brackets, parentheses and quotes. */
    private Intrinsic path() {
        int start = pos;
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\'' || c == '"') {
                int close = text.indexOf(c, pos + 1);
                while (close > 0 && text.charAt(close - 1) == '\\') {
                    close = text.indexOf(c, close + 1);
                }
                if (close < 0) {
                    throw fail(pos, text.length(), "the quoted name in the path is not closed");
                }
                pos = close + 1;
                continue;
            }
            if (c == '[' || c == '(') {
                depth++;
            } else if ((c == ']' || c == ')') && depth > 0) {
                depth--;
            } else if ((c == ',' || c == ')' || c == ' ') && depth == 0) {
                break;
            }
            pos++;
        }
        String path = text.substring(start, pos);
        JsonPath.Result parsed = JsonPath.parse(path);
        if (!parsed.isValid()) {
            throw new Failure(parsed.error().shift(start));
        }
        return new Intrinsic.Path(path, start, pos);
    }

    private void spaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private static String quote(String s) {
        return "'" + s + "'";
    }

    private Failure fail(int start, int end, String message) {
        return new Failure(new ExprError(start, Math.min(end, text.length()), message));
    }

    private static final class Failure extends RuntimeException {
        private final ExprError error;

        Failure(ExprError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }
}
