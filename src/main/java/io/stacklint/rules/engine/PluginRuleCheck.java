package io.stacklint.rules.engine;

import io.stacklint.rules.api.DocumentRule;
import io.stacklint.rules.api.PolicyStatementRule;
import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.StateMachineRule;
import io.stacklint.rules.api.StateRule;
import io.stacklint.rules.api.TemplateRule;
import io.stacklint.source.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a plugin's rules declare, checked before they run: ids and names unique among all the rules of the run
 * (a clash names both rules), built-in id prefixes reserved, and a visitor interface, without which a rule
 * would never run.
 */
final class PluginRuleCheck {
    private final Map<String, String> owners = new HashMap<>();
    private final Set<String> reservedPrefixes = new HashSet<>();

    PluginRuleCheck(List<? extends Rule> builtins) {
        for (Rule rule : builtins) {
            claim("built-in rule", rule.meta());
            reservedPrefixes.add(prefix(rule.meta().id()));
        }
    }

    /** The rule's problems, one line each; a rule without any is claimed, so later rules cannot reuse its id or name. */
    List<Problem> problems(PluginLoader.PluginJar jar, Rule rule, RuleMeta meta) {
        List<Problem> problems = new ArrayList<>();
        String self = "rule " + meta.id() + " (" + meta.name() + ")";
        for (String key : List.of("id " + meta.id(), "name " + meta.name())) {
            String other = owners.get(key);
            if (other != null) {
                problems.add(jar.problem(self + " has the same " + key.substring(0, key.indexOf(' ')) + " as " + other
                        + "; rule ids and names must be unique"));
            }
        }
        if (problems.isEmpty() && reservedPrefixes.contains(prefix(meta.id()))) {
            problems.add(jar.problem(self + " uses the prefix " + prefix(meta.id())
                    + ", which is reserved for built-in rules; give the plugin's rules a prefix of their own"));
        }
        if (!visits(rule)) {
            problems.add(jar.problem(self + " of class " + rule.getClass().getName() + " implements none of DocumentRule, TemplateRule,"
                    + " ResourceRule, StateMachineRule, StateRule, PolicyStatementRule, so it would never run"));
        }
        String missing = missingHelpSections(rule);
        if (missing != null) {
            problems.add(jar.problem(self + ": its help() page has no section " + missing + "; a help page has the sections "
                    + String.join(" / ", RuleDocs.SECTIONS) + ", as the built-in pages and declarative rules do"));
        }
        if (problems.isEmpty()) {
            claim(jar.shownAs() + " rule", meta);
        }
        return problems;
    }

    /**
     * {@link RuleMeta} refuses a malformed id or name by throwing, often from a rule's static initializer; that is a
     * mistake in what the plugin declares, not a crash. RuleMeta's reason, or null when the error is something else.
     */
    static String malformedMeta(Throwable error) {
        int depth = 0;
        // A cause chain can loop; a real one is short.
        for (Throwable cause = error; cause != null && depth++ < 20; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
                StackTraceElement thrower = firstFrameOutsideJdk(cause);
                if (thrower != null && thrower.getClassName().equals(RuleMeta.class.getName())) {
                    return cause instanceof NullPointerException ? "'" + cause.getMessage() + "' is missing" : cause.getMessage();
                }
            }
        }
        return null;
    }

    private void claim(String owner, RuleMeta meta) {
        String who = owner + " " + meta.id() + " (" + meta.name() + ")";
        owners.put("id " + meta.id(), who);
        owners.put("name " + meta.name(), who);
    }

    private static StackTraceElement firstFrameOutsideJdk(Throwable error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            if (!frame.getClassName().startsWith("java.")) {
                return frame;
            }
        }
        return null;
    }

    /** The first fixed section a plugin's own help page lacks, or null (no page of its own, or a complete one). */
    private static String missingHelpSections(Rule rule) {
        String help;
        try {
            help = rule.help();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
        if (help == null) {
            return null;
        }
        RuleDocs docs = RuleDocs.of(rule);
        return RuleDocs.SECTIONS.stream().filter(section -> !docs.sections().containsKey(section)).map(section -> "'## " + section + "'")
                .findFirst().orElse(null);
    }

    private static boolean visits(Rule rule) {
        return rule instanceof DocumentRule || rule instanceof TemplateRule || rule instanceof ResourceRule
                || rule instanceof StateMachineRule || rule instanceof StateRule || rule instanceof PolicyStatementRule;
    }

    private static String prefix(String id) {
        return id.replaceFirst("[0-9]+$", "");
    }
}
