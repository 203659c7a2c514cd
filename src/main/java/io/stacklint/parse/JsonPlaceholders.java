package io.stacklint.parse;

/**
 * Makes a {@code ${Name}} placeholder written outside any JSON string ({@code "TimeoutSeconds": ${Timeout}},
 * filled in by {@code Fn::Sub} or {@code DefinitionSubstitutions} before Step Functions reads the JSON) parse
 * as the string {@code "${Name}"}: the quotes are added, mapped onto the placeholder's first and last
 * characters, so the string's span is exactly the placeholder in the host. Placeholders inside strings, and
 * everything else, stay as they are.
 */
final class JsonPlaceholders {
    private JsonPlaceholders() {
    }

    static EmbeddedText quoteBare(EmbeddedText embedded) {
        String text = embedded.text();
        EmbeddedText.Builder out = null;
        int copied = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
                continue;
            }
            int close = c == '$' ? placeholderEnd(text, i) : -1;
            if (close < 0) {
                continue;
            }
            if (out == null) {
                out = EmbeddedText.in(embedded.host());
            }
            out.copy(embedded, copied, i)
                    .put('"', embedded.hostOffset(i), embedded.hostEnd(i))
                    .copy(embedded, i, close)
                    .put('"', embedded.hostOffset(close - 1), embedded.hostEnd(close - 1));
            copied = close;
            i = close - 1;
        }
        return out == null ? embedded : out.copy(embedded, copied, text.length()).build();
    }

    /** The index just past the closing brace of a placeholder starting at {@code dollar}, or -1 when there is none. */
    private static int placeholderEnd(String text, int dollar) {
        if (dollar + 1 >= text.length() || text.charAt(dollar + 1) != '{') {
            return -1;
        }
        for (int i = dollar + 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '}') {
                return i > dollar + 2 ? i + 1 : -1;
            }
            if (c == '"' || c == '\\' || c == '{' || c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }
}
