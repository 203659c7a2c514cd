package io.stacklint.rules.builtin.iam;

import io.stacklint.model.NodeValues;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.PolicyDocument;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.TemplateRule;
import io.stacklint.tree.ScalarNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An action of another service in a resource policy: a queue policy can grant only SQS actions, a bucket policy
 * only S3 actions, and so on. The service rejects the policy, or the statement grants nothing.
 */
public final class ForeignActionInResourcePolicy implements TemplateRule {
    public static final RuleMeta META = RuleMeta.of("IAM041", "foreign-action-in-resource-policy",
            "Resource policy names an action of another service", Severity.ERROR, "0.3.0", "iam", "correctness");

    /** Which service prefixes each resource policy can grant. */
    private static final Map<String, List<String>> SERVICES = Map.of(
            "AWS::SQS::QueuePolicy", List.of("sqs"), "AWS::SQS::QueueInlinePolicy", List.of("sqs"),
            "AWS::SNS::TopicPolicy", List.of("sns"), "AWS::SNS::TopicInlinePolicy", List.of("sns"),
            "AWS::S3::BucketPolicy", List.of("s3", "s3-object-lambda"), "AWS::KMS::Key", List.of("kms"),
            "AWS::Events::EventBusPolicy", List.of("events"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Template template, RuleContext context) {
        for (PolicyDocument document : context.model().policyDocuments()) {
            List<String> allowed = document.kind() == PolicyDocument.Kind.RESOURCE ? SERVICES.get(document.owner().type()) : null;
            if (allowed == null) {
                continue;
            }
            for (PolicyStatement statement : document.statements()) {
                for (String element : new String[] {"Action", "NotAction"}) {
                    for (ScalarNode action : NodeValues.strings(statement.node().get(element))) {
                        int colon = action.value().indexOf(':');
                        String prefix = colon > 0 ? action.value().substring(0, colon).toLowerCase(Locale.ROOT) : null;
                        if (prefix != null && !prefix.contains("*") && !prefix.contains("?") && !prefix.contains("${") && !allowed.contains(prefix)) {
                            context.report(action, "'%s' in %s (%s) is an action of another service: this policy can grant only %s actions",
                                    action.value(), WildcardAction.owner(statement), document.owner().type(), String.join(" or ", allowed));
                        }
                    }
                }
            }
        }
    }
}
