package io.stacklint.rules.builtin.iam;

import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.PolicyDocument;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.TemplateRule;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ForAllValues:} on a global condition key that holds one value ({@code aws:SourceArn},
 * {@code aws:PrincipalTag/team}): the test is also true when the key is absent, so an Allow applies to every
 * request without it. The keys' value types are those of AWS's global condition context key reference.
 */
public final class ForAllValuesSingleValuedKey implements TemplateRule {
    public static final RuleMeta META = RuleMeta.of("IAM043", "for-all-values-single-valued-key",
            "ForAllValues is used with a single-valued condition key", Severity.WARNING, "0.3.0", "iam", "correctness");

    private static final Set<String> SINGLE_VALUED = Set.of("aws:principalarn", "aws:principalaccount", "aws:principalorgid",
            "aws:principaltype", "aws:userid", "aws:username", "aws:principalisawsservice", "aws:principalservicename",
            "aws:sourceidentity", "aws:federatedprovider", "aws:tokenissuetime", "aws:multifactorauthage",
            "aws:multifactorauthpresent", "aws:ec2instancesourcevpc", "aws:ec2instancesourceprivateipv4", "aws:sourceip",
            "aws:sourcevpc", "aws:sourcevpce", "aws:vpcsourceip", "aws:sourcearn", "aws:sourceaccount", "aws:sourceorgid",
            "aws:resourceaccount", "aws:resourceorgid", "aws:requestedregion", "aws:securetransport", "aws:currenttime",
            "aws:epochtime", "aws:referer", "aws:useragent", "aws:viaawsservice", "aws:calledviafirst", "aws:calledvialast");
    private static final String[] SINGLE_VALUED_FAMILIES = {"aws:requesttag/", "aws:resourcetag/", "aws:principaltag/"};

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Template template, RuleContext context) {
        for (PolicyDocument document : context.model().policyDocuments()) {
            for (PolicyStatement statement : document.statements()) {
                if (!(statement.condition() instanceof MapNode operators) || operators.intrinsicName() != null) {
                    continue;
                }
                for (Entry operator : operators.entries()) {
                    if (!operator.name().toLowerCase(Locale.ROOT).startsWith("forallvalues:") || !(operator.value() instanceof MapNode keys)) {
                        continue;
                    }
                    for (Entry key : keys.entries()) {
                        if (singleValued(key.name())) {
                            context.report(key.key(), "'%s' in %s tests the single-valued key '%s', so it is also true when the request has no such key; use '%s' without ForAllValues",
                                    operator.name(), WildcardAction.owner(statement), key.name(), operator.name().substring("ForAllValues:".length()));
                        }
                    }
                }
            }
        }
    }

    private static boolean singleValued(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (SINGLE_VALUED.contains(lower)) {
            return true;
        }
        for (String family : SINGLE_VALUED_FAMILIES) {
            if (lower.startsWith(family)) {
                return true;
            }
        }
        return false;
    }
}
