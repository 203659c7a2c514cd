package io.stacklint.rules.builtin.iam;

import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.PolicyDocument;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.model.iam.Principals;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.TemplateRule;

/** A trust policy that lets anyone ({@code "*"} or {@code {AWS: "*"}}) assume the role, with no condition at all. */
public final class TrustAnyone implements TemplateRule {
    public static final RuleMeta META = RuleMeta.of("IAM034", "trust-anyone",
            "Role can be assumed by any AWS principal", Severity.ERROR, "0.3.0", "iam", "security");

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
                if (!statement.isAllow() || statement.condition() != null) {
                    continue;
                }
                for (Principals.Principal principal : Principals.of(statement.principal())) {
                    if (principal.isEveryone()) {
                        context.report(principal.value(), "The trust policy of %s lets any AWS principal, in any account, assume the role: name the accounts, roles or services that may",
                                WildcardAction.owner(statement));
                    }
                }
            }
        }
    }
}
