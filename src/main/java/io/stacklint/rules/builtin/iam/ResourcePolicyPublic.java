package io.stacklint.rules.builtin.iam;

import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.PolicyDocument;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.model.iam.Principals;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.TemplateRule;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.Locale;
import java.util.Set;

/**
 * A resource policy (queue, topic, bucket, key, event bus, CloudWatch Logs) or {@code AWS::Lambda::Permission}
 * that allows anyone ({@code "*"}) with no condition tying the grant to an account, organization or source.
 * Reading objects of a bucket is a warning: public websites do it on purpose.
 */
public final class ResourcePolicyPublic implements TemplateRule {
    public static final RuleMeta META = RuleMeta.of("IAM038", "resource-policy-public",
            "Resource policy allows anyone", Severity.ERROR, "0.3.0", "iam", "security");

    private static final Set<String> PUBLIC_READ = Set.of("s3:getobject", "s3:getobjectversion");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Template template, RuleContext context) {
        for (PolicyDocument document : context.model().policyDocuments()) {
            if (document.kind() != PolicyDocument.Kind.RESOURCE) {
                continue;
            }
            for (PolicyStatement statement : document.statements()) {
                if (!statement.isAllow() || Principals.narrows(statement.condition())) {
                    continue;
                }
                for (Principals.Principal principal : Principals.of(statement.principal())) {
                    if (principal.isEveryone()) {
                        boolean publicRead = !statement.actions().isEmpty() && statement.actions().stream()
                                .allMatch(a -> PUBLIC_READ.contains(a.value().toLowerCase(Locale.ROOT)));
                        context.report(publicRead ? Severity.WARNING : Severity.ERROR, principal.value(),
                                "The resource policy %s allows anyone (Principal '*') with no condition on account, organization or source%s",
                                WildcardAction.owner(statement), publicRead ? ": every object it names is public" : "; name the principals or add an aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID condition");
                    }
                }
            }
        }
        for (Resource permission : template.resourcesOfType("AWS::Lambda::Permission")) {
            Node principal = permission.property("Principal");
            if (principal instanceof ScalarNode p && "*".equals(p.value()) && permission.property("SourceArn") == null
                    && permission.property("SourceAccount") == null && permission.property("PrincipalOrgID") == null
                    && permission.property("FunctionUrlAuthType") == null) {
                String action = permission.property("Action") instanceof ScalarNode a && a.value() != null
                        && !a.value().equalsIgnoreCase("lambda:InvokeFunction") ? "call " + a.value() + " on" : "invoke";
                context.report(p, "The permission '%s' lets anyone %s the function; name the principal, or add SourceArn, SourceAccount or PrincipalOrgID",
                        permission.logicalId(), action);
            }
        }
    }
}
