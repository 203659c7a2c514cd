package io.stacklint.rules.builtin.iam;

import io.stacklint.model.iam.IamActions;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.rules.api.PolicyStatementRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.tree.ScalarNode;

/** An Allow statement that grants every action ({@code *}), every action of a service ({@code svc:*}), or uses NotAction. */
public final class WildcardAction implements PolicyStatementRule {
    public static final RuleMeta META = RuleMeta.of("IAM001", "wildcard-action",
            "Policy allows every action, or every action of a service", Severity.ERROR, "0.1.0", "iam", "security");

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
            } else if (IamActions.isServiceWildcard(action.value())) {
                context.report(Severity.WARNING, action, "Action '%s' in %s allows every action of the service, including ones added later; list the actions needed",
                        action.value(), owner(statement));
            }
        }
        if (statement.node().has("NotAction")) {
            context.report(Severity.WARNING, statement.node().entry("NotAction").key(),
                    "Allow with NotAction in %s allows every action except those listed, including ones added later", owner(statement));
        }
    }

    static String owner(PolicyStatement statement) {
        return "'" + statement.owner().logicalId() + "'";
    }
}
