package io.stacklint.rules.builtin.iam;

import io.stacklint.model.NodeValues;
import io.stacklint.model.iam.ActionCatalog;
import io.stacklint.model.iam.ActionResources;
import io.stacklint.model.iam.ArnGlob;
import io.stacklint.model.iam.IamActions;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.model.iam.ResourceArns;
import io.stacklint.rules.api.PolicyStatementRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An Allow of an action only on resources of types it does not apply to: {@code states:DescribeExecution} on a
 * state machine ARN, {@code s3:GetObject} on a bucket, an action without resource-level permissions on an ARN.
 * The statement grants nothing for that action. Resources that cannot be told (parameters) keep it silent.
 */
public final class ResourceTypeMismatch implements PolicyStatementRule {
    public static final RuleMeta META = RuleMeta.of("IAM031", "resource-type-mismatch",
            "Action is granted only on resources of types it does not apply to", Severity.WARNING, "0.3.0", "iam", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(PolicyStatement statement, RuleContext context) {
        if (!statement.isAllow() || statement.node().has("NotAction") || statement.node().has("NotResource")) {
            return;
        }
        List<ArnGlob> grants = new ArrayList<>();
        List<Node> written = NodeValues.alternatives(statement.node().get("Resource"));
        for (Node value : written) {
            if (value instanceof ScalarNode literal && !literal.value().startsWith("arn:")) {
                return; // "*", or not an ARN at all: IAM002 and the policy grammar rule speak to those
            }
            ArnGlob grant = ResourceArns.of(value, context.model().template());
            if (grant == null || grant.matchesEverything()) {
                return;
            }
            grants.add(grant);
        }
        if (grants.isEmpty()) {
            return;
        }
        for (ScalarNode action : statement.actions()) {
            String name = action.value();
            if (IamActions.isFullWildcard(name) || name.contains("${")) {
                continue;
            }
            List<String> expanded = ActionCatalog.get().expand(name);
            List<ActionResources.Fit> fits = expanded.stream().map(a -> ActionResources.fit(a, grants)).toList();
            if (fits.isEmpty() || fits.contains(ActionResources.Fit.FITS)) {
                continue;
            }
            report(action, expanded, fits, written.get(0), grants.get(0), statement, context);
        }
    }

    private static void report(ScalarNode action, List<String> expanded, List<ActionResources.Fit> fits, Node resource,
            ArnGlob grant, PolicyStatement statement, RuleContext context) {
        String owner = WildcardAction.owner(statement);
        String shown = ResourceArns.describe(resource);
        if (fits.stream().allMatch(f -> f == ActionResources.Fit.STAR_ONLY)) {
            context.report(action, "'%s' in %s has no resource-level permissions: AWS authorizes it only with Resource '*', so %s grants it nothing; move it to a statement with Resource '*'",
                    action.value(), owner, shown);
            return;
        }
        String canonical = expanded.size() == 1 ? expanded.get(0) : action.value();
        String prefix = canonical.substring(0, canonical.indexOf(':'));
        List<String> wanted = expanded.stream().flatMap(a -> ActionCatalog.get().resourceTypes(a).stream()).distinct().toList();
        List<String> actual = ActionResources.typesOf(prefix, grant);
        String is = actual.isEmpty() ? "" : " (" + shown + " is " + ("aeiou".indexOf(actual.get(0).charAt(0)) >= 0 ? "an " : "a ")
                + String.join(" or ", actual) + ")";
        context.report(action, "'%s' in %s applies to %s resources, but the statement names none%s: it grants nothing for this action",
                action.value(), owner, String.join(", ", wanted), is);
    }
}
