package io.stacklint.rules.builtin.iam;

import io.stacklint.model.iam.IamActions;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.rules.api.PolicyStatementRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.tree.ScalarNode;

/** An Allow statement that grants every action of every service: {@code *} (or {@code *:*}). */
public final class WildcardAction implements PolicyStatementRule {
    public static final RuleMeta META = RuleMeta.of("IAM001", "wildcard-action",
            "Policy allows every action of every service", Severity.ERROR, "0.1.0", "iam", "security");

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
            if (IamActions.isFullWildcard(action.value())) {
                context.report(action, "Action '%s' in %s allows every action of every AWS service", action.value(), owner(statement));
            }
        }
    }

    static String owner(PolicyStatement statement) {
        return "'" + statement.owner().logicalId() + "'";
    }
}
