package io.stacklint.rules.builtin.iam;

import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.PolicyDocument;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.model.iam.Principals;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.TemplateRule;
import java.util.List;

/**
 * A trust policy that trusts a whole account ({@code arn:aws:iam::111122223333:root}) with no condition on
 * {@code sts:ExternalId} or {@code aws:PrincipalArn}: every principal that account lets call sts:AssumeRole may.
 */
public final class TrustWholeAccount implements TemplateRule {
    public static final RuleMeta META = RuleMeta.of("IAM037", "trust-whole-account",
            "Trust policy trusts a whole account without a condition", Severity.NOTE, "0.3.0", "iam", "security");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Template template, RuleContext context) {
        for (PolicyDocument document : context.model().policyDocuments()) {
            if (document.kind() != PolicyDocument.Kind.TRUST) {
                continue;
            }
            for (PolicyStatement statement : document.statements()) {
                List<String> keys = Principals.conditionKeys(statement.condition());
                if (!statement.isAllow() || keys.contains("sts:externalid") || keys.contains("aws:principalarn")) {
                    continue;
                }
                for (Principals.Principal principal : Principals.of(statement.principal())) {
                    if (principal.isWholeAccount()) {
                        context.report(principal.value(), "The trust policy of %s trusts every principal of the account that its own policies allow to assume roles; add an aws:PrincipalArn (or, for a third party, sts:ExternalId) condition, or name the roles",
                                WildcardAction.owner(statement));
                    }
                }
            }
        }
    }
}
