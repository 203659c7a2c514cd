package io.stacklint.rules.builtin.iam;

import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.PolicyDocument;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.TemplateRule;
import io.stacklint.tree.Entry;

/**
 * An Allow in a trust or resource policy with {@code NotPrincipal} or {@code NotAction}: it trusts (or grants)
 * everything it does not exclude. Identity policies' NotAction is IAM005's.
 */
public final class TrustNegation implements TemplateRule {
    public static final RuleMeta META = RuleMeta.of("IAM035", "allow-by-exclusion",
            "Trust or resource policy allows with NotPrincipal or NotAction", Severity.WARNING, "0.3.0", "iam", "security");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Template template, RuleContext context) {
        for (PolicyDocument document : context.model().policyDocuments()) {
            if (document.kind() == PolicyDocument.Kind.IDENTITY) {
                continue;
            }
            String policy = document.kind() == PolicyDocument.Kind.TRUST ? "the trust policy of" : "the resource policy";
            for (PolicyStatement statement : document.statements()) {
                if (!statement.isAllow()) {
                    continue;
                }
                for (String element : new String[] {"NotPrincipal", "NotAction"}) {
                    Entry entry = statement.node().entry(element);
                    if (entry != null) {
                        context.report(entry.key(), "Allow with %s in %s %s allows every %s it does not list; name the %s with %s",
                                element, policy, WildcardAction.owner(statement), element.equals("NotPrincipal") ? "principal" : "action",
                                element.equals("NotPrincipal") ? "principals" : "actions", element.substring(3));
                    }
                }
            }
        }
    }
}
