package io.stacklint.parse;

/**
 * Says SnakeYAML's syntax errors in the words of the person who wrote the file. Problems without a
 * translation keep the parser's own words.
 */
final class YamlErrorWords {
    private YamlErrorWords() {
    }

    /**
     * @param problem     the parser's problem, e.g. {@code mapping values are not allowed here}
     * @param context     what it was parsing, e.g. {@code while parsing a flow sequence}, or null
     * @param contextLine 1-based line where that construct starts, or 0
     */
    static String explain(String problem, String context, int contextLine) {
        String p = problem == null ? "" : problem.trim();
        String c = context == null ? "" : context.trim();
        String from = contextLine > 0 ? " that starts at line " + contextLine : "";
        if (p.startsWith("mapping values are not allowed here")) {
            return "unexpected ':' here: quote a value that contains ': ', or check that this line is not indented deeper than its key";
        }
        if (p.startsWith("found character '\\t(TAB)'") || p.contains("(TAB)")) {
            return "a tab character: YAML must be indented with spaces";
        }
        if (p.startsWith("found character '") && p.contains("cannot start any token")) {
            String character = p.substring("found character '".length(), p.indexOf('\'', "found character '".length()));
            return "'" + character + "' cannot start a plain value: quote the value";
        }
        if (p.startsWith("expected ',' or ']'")) {
            return "the '[' list" + from + " is not closed with ']'" + (p.contains("<stream end>") ? " before the end of the file" : " where it should be");
        }
        if (p.startsWith("expected ',' or '}'")) {
            return "the '{' mapping" + from + " is not closed with '}'" + (p.contains("<stream end>") ? " before the end of the file" : " where it should be");
        }
        if (p.startsWith("found unexpected end of stream") && c.contains("quoted scalar")) {
            return "the quoted string" + from + " is not closed before the end of the file";
        }
        if (p.startsWith("expected <block end>")) {
            return "this line does not line up with the block" + from + ": check its indentation (a '-' item or key at the wrong depth)";
        }
        if (p.startsWith("could not find expected ':'")) {
            return "a key" + from + " has no ':' after it";
        }
        if (p.startsWith("found undefined tag handle")) {
            return "an undefined tag handle: CloudFormation tags are written '!Name', not '!handle!name'";
        }
        return p + (c.isEmpty() ? "" : " (" + c + from + ")");
    }
}
