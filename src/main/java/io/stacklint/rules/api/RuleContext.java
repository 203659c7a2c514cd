package io.stacklint.rules.api;

import io.stacklint.model.DeploymentVariant;
import io.stacklint.model.SourceModel;
import io.stacklint.source.Span;
import io.stacklint.tree.Node;
import io.stacklint.tree.NodePath;

/** <b>Public API.</b> What a rule gets while it checks one file: the file's model, and the way to report. */
public interface RuleContext {
    SourceModel model();

    /** True when the run knows a rule by this id or name (built in, or loaded), enabled or not. */
    boolean isKnownRule(String idOrName);

    /** Reports a finding of the running rule at a node; the message is a {@link String#format} pattern. */
    void report(Node node, String message, Object... args);

    /**
     * Reports a finding at a severity other than the rule's default, for a case worse (or milder) than the
     * usual one. A severity the user configured for the rule still wins.
     */
    void report(Severity severity, Node node, String message, Object... args);

    /**
     * Says why the rule left something unjudged (a role that is a parameter, a definition in S3): not a finding, and
     * not counted; {@code lint --verbose} lists it on standard error, so that silence can be told from approval.
     */
    default void remark(Node node, String message, Object... args) {
    }

    /**
     * This context for a check of one deployment variant of what it reads ({@link DeploymentVariant}): a finding
     * reported in some variants and not in others says in which ({@code (when IsProd is false)}). Checks of a state
     * machine are in its definition's variant already.
     */
    default RuleContext inVariant(DeploymentVariant variant) {
        return this;
    }

    /** Reports at a span that no node covers (a parse error); prefer {@link #report(Node, String, Object...)}. */
    void report(Span span, NodePath path, String message, Object... args);
}
