package io.stacklint.rules.builtin.iam;

import io.stacklint.model.iam.IamActions;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.rules.api.PolicyStatementRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;

/** {@code iam:PassRole} on every role: whoever holds this can hand any role, admin included, to a service. */
public final class PassRoleOnAnyResource implements PolicyStatementRule {
    public static final RuleMeta META = RuleMeta.of("IAM003", "pass-role-on-any-resource",
            "Policy allows iam:PassRole on every role", Severity.ERROR, "0.1.0", "iam", "security");

    /** {@code arn:aws:iam::123456789012:role/*} and the like: every role, whatever the account part says. */
    private static final java.util.regex.Pattern EVERY_ROLE = java.util.regex.Pattern.compile("arn:(\\$\\{[^}]+}|[^:]+):iam::(\\$\\{[^}]+}|[^:]*):role/\\*");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(PolicyStatement statement, RuleContext context) {
        if (!statement.isAllow() || restrictsPassedService(statement.condition())) {
            return;
        }
        // Action "*" already gets IAM001's strongest finding; this rule is about roles that are otherwise scoped.
        String granting = statement.actions().stream().map(ScalarNode::value)
                .filter(a -> !IamActions.isFullWildcard(a) && IamActions.matches(a, "iam:PassRole")).findFirst().orElse(null);
        if (granting == null) {
            return;
        }
        for (ScalarNode resource : statement.resourcePatterns()) {
            if (everyRole(resource.value())) {
                context.report(resource, "'%s' in %s allows passing every role in the account (Resource '%s'), administrator roles included; name the roles or add an iam:PassedToService condition",
                        granting, WildcardAction.owner(statement), resource.value());
            }
        }
    }

    /**
     * True when this rule reports {@code iam:PassRole} of the statement on that resource, so that IAM002 need not say
     * the same of it.
     */
    static boolean reportsPassRole(PolicyStatement statement, String resource) {
        return statement.isAllow() && !restrictsPassedService(statement.condition()) && everyRole(resource);
    }

    private static boolean everyRole(String resource) {
        return resource.equals("*") || EVERY_ROLE.matcher(resource).matches();
    }

    /** A condition on {@code iam:PassedToService} limits which services the role can go to. */
    private static boolean restrictsPassedService(Node condition) {
        if (!(condition instanceof MapNode operators)) {
            return false;
        }
        return operators.entries().stream().anyMatch(op -> op.value() instanceof MapNode keys
                && keys.keys().stream().anyMatch(k -> k.equalsIgnoreCase("iam:PassedToService")));
    }
}
