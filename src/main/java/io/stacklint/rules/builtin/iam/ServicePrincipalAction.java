package io.stacklint.rules.builtin.iam;

import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.ActionCatalog;
import io.stacklint.model.iam.PolicyDocument;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.model.iam.Principals;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.TemplateRule;
import io.stacklint.tree.ScalarNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A trust statement for AWS service principals only that allows more than assuming the role: a service assumes
 * a role with {@code sts:AssumeRole} (and may tag the session or set a source identity), nothing else.
 */
public final class ServicePrincipalAction implements TemplateRule {
    public static final RuleMeta META = RuleMeta.of("IAM036", "service-trust-unexpected-action",
            "Trust policy allows a service principal more than sts:AssumeRole", Severity.WARNING, "0.3.0", "iam", "security");

    private static final Set<String> SERVICE_ACTIONS = Set.of("sts:assumerole", "sts:tagsession", "sts:setsourceidentity");

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
                List<Principals.Principal> principals = Principals.of(statement.principal());
                if (!statement.isAllow() || principals.isEmpty() || !principals.stream().allMatch(Principals.Principal::isService)) {
                    continue;
                }
                for (ScalarNode action : statement.actions()) {
                    if (!action.value().contains("${") && allowsMore(action.value())) {
                        context.report(action, "'%s' in the trust policy of %s is not how an AWS service uses a role: allow only sts:AssumeRole (with sts:TagSession or sts:SetSourceIdentity if needed)",
                                action.value(), WildcardAction.owner(statement));
                    }
                }
            }
        }
    }

    /** True when the action, or an action its pattern matches, is not one of the three a service uses. */
    private static boolean allowsMore(String action) {
        if (action.equals("*")) {
            return true;
        }
        List<String> matched = ActionCatalog.get().expand(action);
        return matched.stream().anyMatch(a -> !SERVICE_ACTIONS.contains(a.toLowerCase(Locale.ROOT)));
    }
}
