package io.stacklint.rules.yaml;

import io.stacklint.model.ConditionChoices;
import io.stacklint.model.SourceModel;
import io.stacklint.rules.api.DocumentRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.tree.Node;
import java.util.List;

/**
 * A rule read from a YAML file: metadata, help, a selector, an optional precondition ({@code where}) and one
 * or more cases. For each selected node that meets the precondition, the first case whose condition holds is
 * reported, at its severity and with its message. To the engine, the reports and the users it is a rule like
 * any other.
 *
 * @param origin the file it was read from, as shown in messages (a built-in one as {@code stacklint:rules/...})
 * @param idAt   where its id is written, for problems with the id
 */
public record YamlRule(RuleMeta meta, java.util.function.Supplier<String> helpText, String origin, io.stacklint.source.Span idAt, Selector selector, Condition where, List<Case> cases) implements DocumentRule {
    /**
     * One outcome of a rule: reported when {@code when} holds ({@code require: X} is a case whose condition
     * is {@code not: X}). The finding points at {@code reportAt} when given, else at the place that decided it.
     */
    record Case(Condition when, Severity severity, MessageTemplate message, PathExpr reportAt) {
    }

    /** Beyond this many conditions in one resource, only "all true" and "all false" are read. */
    private static final int MAX_CONDITIONS = 6;

    @Override
    public String help() {
        return helpText.get();
    }

    @Override
    public void check(SourceModel model, RuleContext context) {
        Condition.Eval eval = new Condition.Eval(meta.id());
        for (Focus selected : selector.select(model)) {
            // The whole resource is read (a $resource/... path may leave the selected node), in each way it may be deployed.
            Node extent = selected.scope().resource() != null ? selected.scope().resource().node() : selected.node();
            for (java.util.Map<String, Boolean> choice : ConditionChoices.combinations(extent, MAX_CONDITIONS)) {
                Focus focus = choice.isEmpty() ? selected : new Focus(selected.node(), selected.anchor(), selected.parent(),
                        selected.scope().withBranches(choice), selected.nearest(), selected.missing());
                check(focus, eval, context);
            }
        }
    }

    private void check(Focus focus, Condition.Eval eval, RuleContext context) {
        if (!where.test(focus, eval).holds()) {
            return;
        }
        for (Case c : cases) {
            Condition.Outcome outcome = c.when().test(focus, eval);
            if (outcome.holds()) {
                Node at = c.reportAt() != null ? c.reportAt().resolve(focus).reportNode() : outcome.witness().valueNode();
                context.report(c.severity() != null ? c.severity() : meta.severity(), at, c.message().render(focus, outcome.witness()));
                break;
            }
        }
    }

    @Override
    public String toString() {
        return meta.id() + " (" + origin + ")";
    }

    /** True for a rule of the pack that ships in stacklint's jar; false for a user's pack. */
    public boolean isBuiltin() {
        return origin.startsWith("stacklint:");
    }
}
