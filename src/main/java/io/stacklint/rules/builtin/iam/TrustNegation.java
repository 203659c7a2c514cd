package io.stacklint.rules.builtin.iam;

import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.PolicyDocument;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.TemplateRule;
import io.stacklint.tree.Entry;

/** An Allow in a trust policy with {@code NotPrincipal} or {@code NotAction}: it trusts everything it does not exclude. */
public final class TrustNegation implements TemplateRule {
    public static final RuleMeta META = RuleMeta.of("IAM035", "trust-negation",
            "Trust policy allows with NotPrincipal or NotAction", Severity.WARNING, "0.3.0", "iam", "security");

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
                if (!statement.isAllow()) {
                    continue;
                }
                for (String element : new String[] {"NotPrincipal", "NotAction"}) {
                    Entry entry = statement.node().entry(element);
                    if (entry != null) {
                        context.report(entry.key(), "Allow with %s in the trust policy of %s trusts every %s it does not list; name the %s with %s",
                                element, WildcardAction.owner(statement), element.equals("NotPrincipal") ? "principal" : "action",
                                element.equals("NotPrincipal") ? "principals" : "actions", element.substring(3));
                    }
                }
            }
        }
    }
}
