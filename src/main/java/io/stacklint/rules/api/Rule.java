package io.stacklint.rules.api;

/**
 * <b>Public API.</b> A check. A rule implements one or more of the visitor interfaces in this package
 * ({@link DocumentRule}, {@link TemplateRule}, {@link ResourceRule}, {@link StateMachineRule},
 * {@link StateRule}, {@link PolicyStatementRule}); the engine walks each file once and hands every rule
 * what it subscribed to. Rules hold no mutable state: one instance serves every file.
 */
public interface Rule {
    RuleMeta meta();

    /**
     * The rule's help page in markdown (sections What it flags / Why it matters / Example / Use instead /
     * Options / References), for rules that carry it themselves: plugin rules, and declarative rules of a user's pack
     * (its {@code docs/<ID>.md}). Null (the default) means the page is the resource
     * {@code /io/stacklint/rules/docs/<ID>.md} on the class path of the rule's class, where every built-in page is.
     */
    default String help() {
        return null;
    }

    /**
     * Where the rule's help page is published on the web (SARIF's {@code helpUri}). Null (the default): for the
     * rules stacklint ships, its rule reference; a plugin rule that gives none has no {@code helpUri}, and its
     * {@link #help()} is still in the report.
     */
    default String helpUri() {
        return null;
    }
}
