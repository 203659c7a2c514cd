package io.stacklint.rules.engine;

import io.stacklint.rules.api.DocumentRule;
import io.stacklint.rules.api.PolicyStatementRule;
import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.StateMachineRule;
import io.stacklint.rules.api.StateRule;
import io.stacklint.rules.api.TemplateRule;
import java.util.ArrayList;
import java.util.List;

/**
 * What only a plugin's code can declare wrongly, checked before its rules run: a visitor interface, without which a
 * rule would never run, a help page with the fixed sections, and rule metadata that {@link RuleMeta} refuses. Ids,
 * names and prefixes are {@link RuleSetBuilder}'s to check, for every rule alike.
 */
final class PluginRuleCheck {
    private PluginRuleCheck() {
    }

    /** The rule's problems, each to follow the words {@code rule ID (name)}. */
    static List<String> declarationProblems(Rule rule) {
        List<String> problems = new ArrayList<>();
        if (!visits(rule)) {
            problems.add(" of class " + rule.getClass().getName() + " implements none of DocumentRule, TemplateRule,"
                    + " ResourceRule, StateMachineRule, StateRule, PolicyStatementRule, so it would never run");
        }
        String missing = missingHelpSections(rule);
        if (missing != null) {
            problems.add(": its help() page has no section " + missing + "; a help page has the sections "
                    + String.join(" / ", RuleDocs.SECTIONS) + ", as the built-in pages and declarative rules do");
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
}
