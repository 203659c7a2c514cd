package io.stacklint.rules.builtin.iam;

import io.stacklint.model.iam.IamActions;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.rules.api.PolicyStatementRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.tree.ScalarNode;
import java.util.List;

/**
 * An Allow statement on {@code Resource: "*"}, or on a pattern that names every resource of a type
 * ({@code arn:aws:s3:::*}), for actions that can be scoped. Actions the service reference lists without resource
 * types (CloudWatch Logs log delivery, X-Ray, ...) can only be granted on {@code *} and are left alone.
 */
public final class WildcardResource implements PolicyStatementRule {
    public static final RuleMeta META = RuleMeta.of("IAM002", "wildcard-resource",
            "Policy allows actions on every resource", Severity.WARNING, "0.1.0", "iam", "security");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(PolicyStatement statement, RuleContext context) {
        if (!statement.isAllow() || statement.node().has("NotAction")) {
            return;
        }
        List<ScalarNode> actions = statement.actions();
        List<String> scopable = actions.stream().map(ScalarNode::value).filter(a -> !IamActions.isUnscopable(a)).toList();
        boolean actionsUnknown = actions.isEmpty() && statement.node().has("Action");
        if (scopable.isEmpty() && !actionsUnknown) {
            return;
        }
        for (ScalarNode resource : statement.resourcePatterns()) {
            // iam:PassRole on every role is IAM003's finding (an error): one finding for it, not two.
            List<String> shown = PassRoleOnAnyResource.reportsPassRole(statement, resource.value())
                    ? scopable.stream().filter(a -> !a.equalsIgnoreCase("iam:PassRole")).toList() : scopable;
            if (shown.isEmpty() && !actionsUnknown) {
                continue;
            }
            String which = shown.isEmpty() ? "its actions" : shown.size() == 1 ? "'" + shown.get(0) + "'"
                    : "'" + shown.get(0) + "' and " + (shown.size() - 1) + " more action(s)";
            if (resource.value().equals("*")) {
                context.report(resource, "Resource '*' in %s allows %s on every resource in the account; name the resources",
                        WildcardAction.owner(statement), which);
            } else if (IamActions.isEffectivelyStar(resource.value())) {
                context.report(resource, "Resource '%s' in %s matches every resource of its type, like '*', and allows %s on all of them; name the resources",
                        resource.value(), WildcardAction.owner(statement), which);
            }
        }
    }
}
