package io.stacklint.rules.builtin.iam;

import io.stacklint.model.NodeValues;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.ResourceRefs;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.cfn.TemplateValues;
import io.stacklint.model.iam.ArnMatch;
import io.stacklint.model.iam.PolicyDocument;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.model.iam.ResourceArns;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.TemplateRule;
import io.stacklint.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code Resource} of a queue, topic or bucket policy that lies outside the queues, topics or bucket the policy
 * is attached to: a resource policy grants access to its own resource only, so the statement grants nothing there.
 * Values are compared symbolically ({@link TemplateValues}, {@link ArnMatch}); only a certain mismatch is reported,
 * and a policy whose targets cannot all be told is not read.
 */
public final class ResourcePolicyForeignResource implements TemplateRule {
    public static final RuleMeta META = RuleMeta.of("IAM044", "resource-policy-foreign-resource",
            "Resource policy names a resource it is not attached to", Severity.WARNING, "0.3.0", "iam", "correctness");

    /** The property naming the policy's targets, per resource policy type. */
    private static final Map<String, String> TARGETS = Map.of(
            "AWS::SQS::QueuePolicy", "Queues", "AWS::SQS::QueueInlinePolicy", "Queue",
            "AWS::SNS::TopicPolicy", "Topics", "AWS::SNS::TopicInlinePolicy", "TopicArn",
            "AWS::S3::BucketPolicy", "Bucket");

    /** A queue URL, {@code https://sqs.REGION.amazonaws.com/ACCOUNT/NAME} (also the legacy and China endpoints). */
    private static final Pattern QUEUE_URL = Pattern.compile("https://(?:sqs\\.)?([^./]+)\\.(?:queue\\.)?(?:amazonaws\\.com(?:\\.cn)?|\\$\\{AWS::URLSuffix})/([^/]+)/([^/]+)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Template template, RuleContext context) {
        for (PolicyDocument document : context.model().policyDocuments()) {
            String property = document.kind() == PolicyDocument.Kind.RESOURCE ? TARGETS.get(document.owner().type()) : null;
            List<String> targets = property == null ? null : targets(document.owner(), property, template);
            if (targets == null || targets.isEmpty()) {
                continue;
            }
            for (PolicyStatement statement : document.statements()) {
                for (Node value : NodeValues.alternatives(statement.node().get("Resource"))) {
                    if (outside(value, targets, template)) {
                        context.report(value, "Resource %s in %s (%s) lies outside the %s the policy is attached to: a resource policy grants only on its own resource, so this grants nothing",
                                ResourceArns.describe(value), WildcardAction.owner(statement), document.owner().type(), noun(document.owner().type()));
                    }
                }
            }
        }
    }

    /** True when every way the value may be deployed is certainly none of the targets (nor, for a bucket, its objects). */
    private static boolean outside(Node value, List<String> targets, Template template) {
        List<String> alternatives = TemplateValues.alternatives(value, template);
        if (alternatives.isEmpty()) {
            return false;
        }
        for (String written : alternatives) {
            if (written == null) {
                return false;
            }
            for (String target : targets) {
                if (ArnMatch.matches(written, target, template) != ArnMatch.Result.NO
                        || ArnMatch.matches(target, written, template) != ArnMatch.Result.NO
                        || target.startsWith("arn:${AWS::Partition}:s3:::") && ArnMatch.matches(target + "/*", written, template) != ArnMatch.Result.NO) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The ARNs of the policy's targets, symbolic; null when one of them cannot be told. */
    private static List<String> targets(Resource owner, String property, Template template) {
        List<String> out = new ArrayList<>();
        for (Node item : NodeValues.alternatives(owner.property(property))) {
            String arn = switch (owner.type()) {
                case "AWS::SQS::QueuePolicy", "AWS::SQS::QueueInlinePolicy" -> queueArn(item, template);
                case "AWS::S3::BucketPolicy" -> bucketArn(item, template);
                default -> TemplateValues.symbolic(item, template);
            };
            if (arn == null) {
                return null;
            }
            out.add(arn);
        }
        return out;
    }

    /** A queue URL as the queue's ARN: {@code !Ref Queue} and {@code !GetAtt Queue.QueueUrl} of a template queue, or a written URL. */
    private static String queueArn(Node url, Template template) {
        String queue = queueOf(url, template);
        if (queue != null) {
            return TemplateValues.arnOf(queue, template);
        }
        String written = TemplateValues.symbolic(url, template);
        Matcher m = written == null ? null : QUEUE_URL.matcher(written);
        return m != null && m.matches() ? "arn:${AWS::Partition}:sqs:" + m.group(1) + ":" + m.group(2) + ":" + m.group(3) : null;
    }

    /** The template queue a {@code Queues} item refers to ({@code !Ref Queue}, {@code !GetAtt Queue.QueueUrl}), or null. */
    private static String queueOf(Node url, Template template) {
        String id = ResourceRefs.target(url);
        return id != null && template.resource(id).map(r -> "AWS::SQS::Queue".equals(r.type())).orElse(false) ? id : null;
    }

    /** A bucket name as the bucket's ARN. */
    private static String bucketArn(Node name, Template template) {
        String written = TemplateValues.symbolic(name, template);
        String literal = written == null ? null : written.replaceAll("\\$\\{[^}]*}", "");
        return written == null || written.isEmpty() || literal.contains(":") || literal.contains("/") ? null : "arn:${AWS::Partition}:s3:::" + written;
    }

    private static String noun(String type) {
        return switch (type) {
            case "AWS::SQS::QueuePolicy", "AWS::SQS::QueueInlinePolicy" -> "queue(s)";
            case "AWS::SNS::TopicPolicy", "AWS::SNS::TopicInlinePolicy" -> "topic(s)";
            default -> "bucket";
        };
    }
}
