package io.stacklint.rules.builtin.iam;

import io.stacklint.model.NodeValues;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.ActionCatalog;
import io.stacklint.model.iam.IamActions;
import io.stacklint.model.iam.PolicyDocument;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.model.iam.Wildcards;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.TemplateRule;
import io.stacklint.tree.ScalarNode;
import java.util.Optional;

/**
 * An action (or action pattern) in any policy of the template that the IAM service reference does not list:
 * a typo grants or denies nothing. Actions newer than the catalog's data are left alone. An unknown action of a
 * known service, or a service prefix one typo away from a known one, is an error (Access Analyzer's "Invalid
 * action" and "Invalid service in action"); a prefix near no known service is only a warning, since IAM accepts
 * it and it may name a service newer than the catalog.
 */
public final class UnknownAction implements TemplateRule {
    public static final RuleMeta META = RuleMeta.of("IAM030", "unknown-action",
            "Policy names an action that does not exist", Severity.ERROR, "0.3.0", "iam", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Template template, RuleContext context) {
        for (PolicyDocument document : context.model().policyDocuments()) {
            for (PolicyStatement statement : document.statements()) {
                String owner = WildcardAction.owner(statement);
                NodeValues.strings(statement.node().get("Action")).forEach(a -> check(a, owner, context));
                NodeValues.strings(statement.node().get("NotAction")).forEach(a -> check(a, owner, context));
            }
        }
        // A function's permission names its one action outside any policy document.
        for (Resource permission : template.resourcesOfType("AWS::Lambda::Permission")) {
            if (permission.property("Action") instanceof ScalarNode action) {
                check(action, "the permission '" + permission.logicalId() + "'", context);
            }
        }
    }

    private static void check(ScalarNode node, String owner, RuleContext context) {
        String action = node.value();
        if (!node.isString() || action == null || IamActions.isFullWildcard(action) || action.contains("${")) {
            return;
        }
        int colon = action.indexOf(':');
        if (colon <= 0 || colon == action.length() - 1) {
            context.report(node, "Action '%s' in %s is not of the form service:Action; IAM rejects the policy", action, owner);
            return;
        }
        ActionCatalog catalog = ActionCatalog.get();
        String prefix = action.substring(0, colon);
        if (catalog.isNewerThanData(action) || !catalog.expand(action).isEmpty() || Wildcards.hasWildcard(prefix)) {
            return;
        }
        Optional<String> suggestion = catalog.closest(action);
        String hint = suggestion.map(s -> "; did you mean '" + s + "'?").orElse("");
        if (!catalog.knowsService(prefix)) {
            if (catalog.isNewerThanData(prefix + ":*")) {
                return;
            }
            if (suggestion.isPresent()) {
                context.report(node, "Action '%s' in %s names the service prefix '%s', which no AWS service has: it matches nothing%s",
                        action, owner, prefix, hint);
            } else {
                // Nothing near it: IAM accepts unrecognised prefixes (preview and custom services have them), and the
                // catalog is dated, so the linter cannot be sure this is a typo.
                context.report(Severity.WARNING, node,
                        "Action '%s' in %s names the service prefix '%s', which the IAM service reference of %s does not list:"
                                + " it matches nothing unless '%s' is a service newer than that or in preview",
                        action, owner, prefix, catalog.dataDate(), prefix);
            }
        } else if (Wildcards.hasWildcard(action)) {
            context.report(node, "Action pattern '%s' in %s matches no action of %s: it grants or denies nothing",
                    action, owner, catalog.serviceName(prefix).orElse(prefix));
        } else {
            context.report(node, "Action '%s' in %s is not an action of %s: it grants or denies nothing%s",
                    action, owner, catalog.serviceName(prefix).orElse(prefix), hint);
        }
    }
}
