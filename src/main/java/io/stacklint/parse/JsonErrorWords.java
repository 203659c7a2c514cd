package io.stacklint.parse;

/** Says Jackson's syntax errors without Jackson: no feature names, no source descriptions, no event dumps. */
final class JsonErrorWords {
    private JsonErrorWords() {
    }

    static final java.util.regex.Pattern UNRECOGNIZED_TOKEN = java.util.regex.Pattern.compile("Unrecognized token '([^']*)'");
    private static final java.util.regex.Pattern CLOSE_MARKER = java.util.regex.Pattern.compile("Unexpected close marker '(.)': expected '(.)'");
    private static final java.util.regex.Pattern CONTROL_CHARACTER = java.util.regex.Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");

    static String explain(String message, int maxDepth) {
        if (message == null) {
            return "malformed input";
        }
        String text = message.lines().findFirst().orElse(message);
        if (text.contains("expected close marker for Array")) {
            return "a '[' list" + openedAt(text) + " is not closed with ']'";
        }
        if (text.contains("expected close marker for Object")) {
            return "a '{' object" + openedAt(text) + " is not closed with '}'";
        }
        java.util.regex.Matcher closer = CLOSE_MARKER.matcher(text);
        if (closer.find()) {
            String opened = closer.group(2).equals("]") ? "a '[' list" : "a '{' object";
            return "'" + closer.group(1) + "' does not close " + opened + openedAt(text) + ": expected '" + closer.group(2) + "'";
        }
        java.util.regex.Matcher control = CONTROL_CHARACTER.matcher(text);
        if (control.find()) {
            return "a control character (code " + control.group(1) + ") must be escaped inside a JSON string"
                    + (control.group(1).equals("10") ? ": write a line break as \\n (is a closing quote missing?)" : "");
        }
        if (text.contains("Non-standard token") || text.contains("ALLOW_NON_NUMERIC_NUMBERS")) {
            return "NaN and Infinity are not JSON numbers";
        }
        if (text.contains("nesting depth") || text.contains("getMaxNestingDepth")) {
            return "values are nested more than " + maxDepth + " levels deep";
        }
        if (text.contains("Expected a field name")) {
            return "complex mapping keys ('? ...') are not supported: a key must be a plain string";
        }
        java.util.regex.Matcher unrecognized = UNRECOGNIZED_TOKEN.matcher(text);
        if (unrecognized.find()) {
            return "'" + unrecognized.group(1) + "' is not a JSON value: strings take double quotes, and the literals are true, false and null";
        }
        if (text.contains("ALLOW_COMMENTS")) {
            return "comments are not allowed in JSON";
        }
        if (text.contains("ALLOW_SINGLE_QUOTES") || text.contains("Unexpected character ('''")) {
            return "JSON strings take double quotes, not single quotes";
        }
        if (text.contains("ALLOW_TRAILING_COMMA") || text.contains("was expecting double-quote to start field name")) {
            return "a key in double quotes is expected here (a trailing comma before '}'?)";
        }
        return text.replaceAll(" \\(code \\d+\\)", "")
                .replaceAll("\\s*\\(for [^)]*\\)", "")
                .replaceAll("\\s*at \\[Source:.*", "")
                .replace("Unexpected end-of-input", "the file ends early")
                .replaceAll("\\s+", " ").trim();
    }

    private static String openedAt(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line: (\\d+), column: (\\d+)").matcher(text);
        return m.find() ? " opened at line " + m.group(1) + ", column " + m.group(2) : "";
    }

}
