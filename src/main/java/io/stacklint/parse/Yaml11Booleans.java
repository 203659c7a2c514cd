package io.stacklint.parse;

import io.stacklint.source.Span;
import io.stacklint.tree.NodePath;
import java.util.List;
import java.util.Set;

/**
 * The words YAML 1.1 reads as booleans and YAML 1.2 as strings ({@code Yes}, {@code off}...). stacklint reads
 * them as the text written, keys and values alike, so a state named {@code Yes:} is the one {@code Next: Yes}
 * names. The readers that deploy the file (CloudFormation, PyYAML in the SAM CLI) read both as {@code true}
 * instead: once per file, the first unquoted one is reported, with how many more there are.
 */
final class Yaml11Booleans {
    /** The YAML 1.1 boolean words that YAML 1.2 does not share (PyYAML's and SnakeYAML's resolver; no y/n). */
    private static final Set<String> WORDS = Set.of("yes", "Yes", "YES", "no", "No", "NO",
            "on", "On", "ON", "off", "Off", "OFF");
    /** What YAML 1.2's core schema reads as a boolean; every other word Jackson calls one is a string. */
    private static final Set<String> CORE = Set.of("true", "True", "TRUE", "false", "False", "FALSE");

    private Span first;
    private String firstWord;
    private NodePath firstPath;
    private int count;

    /** True when a plain scalar that Jackson read as a boolean is a string to YAML 1.2 ({@code Yes}, {@code y}). */
    static boolean isWordNotBoolean(String value) {
        return value != null && !CORE.contains(value);
    }

    /** Notes an unquoted key or value; only the YAML 1.1 boolean words count. */
    void note(String word, Span span, NodePath path) {
        if (!WORDS.contains(word)) {
            return;
        }
        if (count++ == 0) {
            first = span;
            firstWord = word;
            firstPath = path;
        }
    }

    void report(List<ParseProblem> problems) {
        if (count == 0) {
            return;
        }
        boolean truth = Set.of("yes", "Yes", "YES", "on", "On", "ON").contains(firstWord);
        String more = count == 1 ? "" : " (and " + (count - 1) + " more unquoted yes/no/on/off in this file)";
        problems.add(new ParseProblem(ParseProblem.Kind.YAML11_BOOLEAN, first, firstPath,
                "unquoted '" + firstWord + "' is the boolean " + truth + " to YAML 1.1 readers such as CloudFormation and"
                        + " PyYAML (the SAM CLI), not the text '" + firstWord + "': quote it" + more));
    }
}
