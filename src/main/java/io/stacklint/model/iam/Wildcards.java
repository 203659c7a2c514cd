package io.stacklint.model.iam;

/**
 * IAM's {@code *} (any run of characters, none included) and {@code ?} (exactly one character) matching,
 * without regular expressions: action lookups run for every statement, so this stays allocation-free.
 */
public final class Wildcards {
    private Wildcards() {
    }

    public static boolean hasWildcard(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
    }

    /** Case-insensitive match of a whole text against a pattern, as IAM matches action names. */
    public static boolean matchesIgnoreCase(String pattern, String text) {
        return matches(pattern, text, true);
    }

    /** Case-sensitive match, as IAM matches resource ARNs. */
    public static boolean matches(String pattern, String text) {
        return matches(pattern, text, false);
    }

    private static boolean matches(String pattern, String text, boolean ignoreCase) {
        int p = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || same(pattern.charAt(p), text.charAt(t), ignoreCase))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    private static boolean same(char a, char b, boolean ignoreCase) {
        return a == b || ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b);
    }
}
