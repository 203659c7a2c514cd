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
import java.util.List;

/**
 * A resource policy that grants an AWS service principal access with no {@code aws:SourceArn} or
 * {@code aws:SourceAccount} condition (for {@code AWS::Lambda::Permission}: no {@code SourceArn} or
 * {@code SourceAccount}): any customer's resource of that service can then act on it, the confused deputy.
 */
public final class ServicePrincipalWithoutSource implements TemplateRule {
    public static final RuleMeta META = RuleMeta.of("IAM040", "service-principal-without-source",
            "Resource policy grants a service without a source condition", Severity.WARNING, "0.3.0", "iam", "security");

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
                List<String> keys = Principals.conditionKeys(statement.condition());
                if (!statement.isAllow() || keys.stream().anyMatch(k -> k.equals("aws:sourcearn") || k.equals("aws:sourceaccount")
                        || k.equals("aws:sourceowner") || k.equals("aws:sourceorgid") || k.startsWith("kms:encryptioncontext:")
                        || k.equals("kms:calleraccount") || k.equals("kms:viaservice"))) {
                    continue;
                }
                for (Principals.Principal principal : Principals.of(statement.principal())) {
                    if (principal.isService() && principal.value() instanceof ScalarNode service) {
                        context.report(service, "The resource policy %s lets '%s' act for any AWS account's resources; add an aws:SourceArn or aws:SourceAccount condition (confused deputy)",
                                WildcardAction.owner(statement), service.value());
                    }
                }
            }
        }
        for (Resource permission : template.resourcesOfType("AWS::Lambda::Permission")) {
            Node principal = permission.property("Principal");
            if (principal instanceof ScalarNode p && p.value() != null && p.value().endsWith(".amazonaws.com")
                    && permission.property("SourceArn") == null && permission.property("SourceAccount") == null) {
                context.report(p, "The permission '%s' lets '%s' invoke the function for any AWS account's resources; add SourceArn or SourceAccount (confused deputy)",
                        permission.logicalId(), p.value());
            }
        }
    }
}
