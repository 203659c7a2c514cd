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
 * An Allow statement with {@code NotResource}: it grants its actions on every resource except the ones listed,
 * including every resource created later. Identity and resource policies; trust policies take no resources.
 */
public final class AllowNotResource implements TemplateRule {
    public static final RuleMeta META = RuleMeta.of("IAM032", "allow-not-resource",
            "Allow statement uses NotResource", Severity.WARNING, "0.3.0", "iam", "security");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Template template, RuleContext context) {
        for (PolicyDocument document : context.model().policyDocuments()) {
            if (document.kind() == PolicyDocument.Kind.TRUST) {
                continue;
            }
            for (PolicyStatement statement : document.statements()) {
                Entry notResource = statement.node().entry("NotResource");
                if (statement.isAllow() && notResource != null) {
                    context.report(notResource.key(), "Allow with NotResource in %s grants its actions on every resource except the ones listed, including resources created later; list the resources in Resource instead",
                            WildcardAction.owner(statement));
                }
            }
        }
    }
}
