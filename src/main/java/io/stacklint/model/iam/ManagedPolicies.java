package io.stacklint.model.iam;

import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.ResourceRefs;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.cfn.TemplateValues;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A managed policy attached by ARN ({@code ManagedPolicyArns}, SAM {@code Policies}, {@code PermissionsBoundary}):
 * a managed policy of the template is read; an AWS managed policy known here gives its statements; anything else may
 * grant anything (opaque), with the reason.
 */
final class ManagedPolicies {
    private ManagedPolicies() {
    }

    static void attach(Node arn, GrantSet out, Template template, boolean conditional) {
        String target = ResourceRefs.target(arn);
        Resource policy = target == null ? null : template.resource(target).orElse(null);
        if (policy != null && "AWS::IAM::ManagedPolicy".equals(policy.type())) {
            new GrantReader(template, out).document(policy.property("PolicyDocument"), "managed policy " + target,
                    conditional || policy.condition() != null);
            return;
        }
        String value = TemplateValues.symbolic(arn, template);
        if (value == null || target != null && template.hasParameter(target)) {
            out.opaque("a managed policy given as " + (value == null ? arn.describe() : value) + " is known only at deploy time ("
                    + arn.span().startPosition() + ")");
            return;
        }
        if (AwsManagedPolicies.isAwsManagedArn(value)) {
            awsManaged(value.substring(value.lastIndexOf('/') + 1), arn, out, conditional);
            return;
        }
        out.opaque("managed policy " + value + " is not in this template (" + arn.span().startPosition() + ")");
    }

    /** An AWS managed policy by name (SAM's {@code Policies: [AWSLambdaRole]}) or by the last part of its ARN. */
    static void awsManaged(String name, Node at, GrantSet out, boolean conditional) {
        AwsManagedPolicies.Known known = AwsManagedPolicies.find(name);
        if (known == null) {
            out.opaque("AWS managed policy " + name + " may grant anything: its contents are not known here (" + at.span().startPosition() + ")");
            return;
        }
        List<ScalarNode> actions = new ArrayList<>();
        for (String action : known.actions()) {
            actions.add(new ScalarNode(at.span(), at.path(), action, ScalarNode.Kind.STRING));
        }
        out.add(new Grant(true, actions, false, List.of("*"), false, conditional, at, "AWS managed policy " + known.name()));
        if (!known.exhaustive()) {
            out.opaque("AWS managed policy " + known.name() + " may grant more than " + String.join(", ", known.actions())
                    + " (" + at.span().startPosition() + ")");
        }
    }
}
