package io.stacklint.rules.builtin.iam;

import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.rules.api.PolicyStatementRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;

/** An Allow statement with NotAction: it grants every action of every service except the few it lists. */
public final class AllowNotAction implements PolicyStatementRule {
    public static final RuleMeta META = RuleMeta.of("IAM005", "allow-not-action",
            "Policy allows every action except those listed (Allow with NotAction)", Severity.WARNING, "0.1.0", "iam", "security");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(PolicyStatement statement, RuleContext context) {
        if (statement.isAllow() && statement.node().entry("NotAction") != null) {
            context.report(statement.node().entry("NotAction").key(),
                    "Allow with NotAction in %s allows every action except those listed, including ones added later",
                    WildcardAction.owner(statement));
        }
    }
}
