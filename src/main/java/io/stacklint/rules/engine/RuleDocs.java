package io.stacklint.rules.engine;

import io.stacklint.rules.api.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule's help page: the rule's own {@link Rule#help()} (a plugin's, a user pack's {@code docs/<ID>.md}), else the
 * markdown at {@code /io/stacklint/rules/docs/<ID>.md} on the rule's own class path, where every built-in page is, Java
 * and declarative alike. The one reader of pages: explain, the rule reference and SARIF all go through it.
 * In fixed sections (What it flags / Why it matters / Example / Use instead / Options / References).
 */
public final class RuleDocs {
    public static final List<String> SECTIONS = List.of("What it flags", "Why it matters", "Example", "Use instead", "Options", "References");

    private final String markdown;
    private final Map<String, String> sections;

    private RuleDocs(String markdown) {
        this.markdown = markdown;
        this.sections = split(markdown);
    }

    public static String resourcePath(String ruleId) {
        return "/io/stacklint/rules/docs/" + ruleId + ".md";
    }

    /** The rule's page; a rule without one gets an empty page (the catalog test forbids that for shipped rules). */
    public static RuleDocs of(Rule rule) {
        if (rule.help() != null) {
            return new RuleDocs(rule.help());
        }
        try (InputStream in = rule.getClass().getResourceAsStream(resourcePath(rule.meta().id()))) {
            return new RuleDocs(in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new RuleDocs("");
        }
    }

    public boolean exists() {
        return !markdown.isBlank();
    }

    public String markdown() {
        return markdown;
    }

    public String section(String name) {
        return sections.getOrDefault(name, "");
    }

    public Map<String, String> sections() {
        return sections;
    }

    /** A paragraph for SARIF's fullDescription: what the rule flags and why that matters. */
    public String fullDescription() {
        String what = section("What it flags");
        String why = section("Why it matters");
        return (what + (why.isEmpty() ? "" : "\n\n" + why)).trim();
    }

    private static Map<String, String> split(String markdown) {
        Map<String, String> out = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        boolean inCode = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                inCode = !inCode;
            }
            if (!inCode && line.startsWith("## ")) {
                if (current != null) {
                    out.put(current, body.toString().trim());
                }
                current = line.substring(3).trim();
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            out.put(current, body.toString().trim());
        }
        return out;
    }
}
