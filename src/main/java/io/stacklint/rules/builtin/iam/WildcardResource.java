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
 * An Allow statement on {@code Resource: "*"} for actions that can be scoped. Actions that AWS evaluates
 * only against {@code *} (CloudWatch Logs log delivery, X-Ray, ...) are left alone.
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
        for (ScalarNode resource : statement.resources()) {
            if (resource.value().equals("*")) {
                String which = scopable.isEmpty() ? "its actions" : scopable.size() == 1 ? "'" + scopable.get(0) + "'"
                        : "'" + scopable.get(0) + "' and " + (scopable.size() - 1) + " more action(s)";
                context.report(resource, "Resource '*' in %s allows %s on every resource in the account; name the resources",
                        WildcardAction.owner(statement), which);
            }
        }
    }
}
