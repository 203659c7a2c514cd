package io.stacklint.rules.builtin.iam;

import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.IamActions;
import io.stacklint.model.iam.PolicyDocument;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.model.iam.Principals;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.TemplateRule;
import io.stacklint.tree.ScalarNode;

/**
 * An Allow in a resource policy of every action ({@code "*"}) or every action of the service ({@code sqs:*}):
 * the principals may also delete the resource or rewrite its policy. An {@code AWS::Lambda::Permission} of {@code *}
 * or {@code lambda:*} likewise. The key policy statement that gives the
 * key's own account {@code kms:*} (AWS's default key policy) is left alone.
 */
public final class ResourcePolicyWildcardAction implements TemplateRule {
    public static final RuleMeta META = RuleMeta.of("IAM039", "resource-policy-wildcard-action",
            "Resource policy allows every action", Severity.WARNING, "0.3.0", "iam", "security");

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
                if (!statement.isAllow() || defaultKeyPolicy(document, statement)) {
                    continue;
                }
                for (ScalarNode action : statement.actions()) {
                    if (IamActions.isFullWildcard(action.value()) || IamActions.isServiceWildcard(action.value())) {
                        context.report(action, "Action '%s' in the resource policy %s lets its principals do everything to the resource, delete it and rewrite this policy included; list the actions they need",
                                action.value(), WildcardAction.owner(statement));
                    }
                }
            }
        }
        for (Resource permission : template.resourcesOfType("AWS::Lambda::Permission")) {
            if (permission.property("Action") instanceof ScalarNode action && action.isString()
                    && (IamActions.isFullWildcard(action.value()) || IamActions.isServiceWildcard(action.value()))) {
                context.report(action, "Action '%s' of the permission '%s' lets its principal do every action Lambda grants through a function's policy, update its code and delete it included; grant lambda:InvokeFunction (or the one action needed)",
                        action.value(), permission.logicalId());
            }
        }
    }

    /** {@code kms:*} for the key's own account root: how AWS's default key policy delegates to IAM. */
    private static boolean defaultKeyPolicy(PolicyDocument document, PolicyStatement statement) {
        return "AWS::KMS::Key".equals(document.owner().type()) && !Principals.of(statement.principal()).isEmpty()
                && Principals.of(statement.principal()).stream().allMatch(Principals.Principal::isWholeAccount);
    }
}
