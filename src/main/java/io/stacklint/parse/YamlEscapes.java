package io.stacklint.parse;

/**
 * The escapes of a YAML double-quoted scalar, which include all of JSON's. An escaped slash and an escaped tab
 * are YAML 1.2 (SnakeYAML refuses them; JSON has the slash).
 */
final class YamlEscapes {
    private YamlEscapes() {
    }

    /** What {@code \c} stands for, or null when {@code c} does not make a one-character escape. */
    static String simple(char c) {
        return switch (c) {
            case '0' -> "\0";
            case 'a' -> "\u0007";
            case 'b' -> "\b";
            case 't', '\t' -> "\t";
            case 'n' -> "\n";
            case 'v' -> "\u000B";
            case 'f' -> "\f";
            case 'r' -> "\r";
            case 'e' -> "\u001B";
            case ' ' -> " ";
            case '"' -> "\"";
            case '/' -> "/";
            case '\\' -> "\\";
            case 'N' -> "\u0085";
            case '_' -> "\u00A0";
            case 'L' -> "\u2028";
            case 'P' -> "\u2029";
            default -> null;
        };
    }

    /** The number of hex digits after a backslash and x, u or U (2, 4, 8); 0 for any other letter. */
    static int hexDigits(char c) {
        return switch (c) {
            case 'x' -> 2;
            case 'u' -> 4;
            case 'U' -> 8;
            default -> 0;
        };
    }

    /** The UTF-16 text of the code point written in hex at {@code [from, to)}: two chars past the BMP. */
    static String codePoint(String text, int from, int to) {
        long code = 0;
        for (int i = from; i < to; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                throw ScalarDecoder.Mismatch.INSTANCE;
            }
            code = code * 16 + digit;
        }
        if (code < 0 || code > Character.MAX_CODE_POINT) {
            throw ScalarDecoder.Mismatch.INSTANCE;
        }
        return new String(Character.toChars((int) code));
    }
}
