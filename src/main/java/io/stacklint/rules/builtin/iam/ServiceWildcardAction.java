package io.stacklint.rules.builtin.iam;

import io.stacklint.model.iam.IamActions;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.rules.api.PolicyStatementRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.tree.ScalarNode;

/** An Allow statement that grants every action of one service ({@code states:*}), including actions added later. */
public final class ServiceWildcardAction implements PolicyStatementRule {
    public static final RuleMeta META = RuleMeta.of("IAM004", "service-wildcard-action",
            "Policy allows every action of a service", Severity.WARNING, "0.1.0", "iam", "security");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(PolicyStatement statement, RuleContext context) {
        if (!statement.isAllow()) {
            return;
        }
        for (ScalarNode action : statement.actions()) {
            if (!IamActions.isFullWildcard(action.value()) && IamActions.isServiceWildcard(action.value())) {
                context.report(action, "Action '%s' in %s allows every action of the service, including ones added later; list the actions needed",
                        action.value(), WildcardAction.owner(statement));
            }
        }
    }
}
