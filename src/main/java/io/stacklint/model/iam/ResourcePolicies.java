package io.stacklint.model.iam;

import io.stacklint.model.NodeValues;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.ResourceRefs;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.cfn.TemplateValues;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Resource-based policies of the template that name a role as principal: a KMS key policy, a bucket, queue or
 * topic policy, a secret's resource policy, a Lambda permission. Within one account, IAM allows a request that
 * either the identity's policies or the resource's policy allow
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html#policy-eval-basics),
 * so a need that such a policy grants to the role is not missing. A principal of the account ({@code :root}, the
 * account id) only delegates to the identity's policies and grants nothing by itself; {@code "*"} names everyone;
 * a principal not knowable here may be the role (the statement counts as conditional).
 */
final class ResourcePolicies {
    private final Template template;
    private final String roleArn;
    private final GrantSet out;

    private ResourcePolicies(Template template, String roleId, GrantSet out) {
        this.template = template;
        this.roleArn = normalized(TemplateValues.arnOf(roleId, template));
        this.out = out;
    }

    static void forRole(String roleId, Template template, GrantSet out) {
        ResourcePolicies policies = new ResourcePolicies(template, roleId, out);
        for (Resource resource : template.resources()) {
            String type = resource.type();
            if (type == null || resource.properties() == null) {
                continue;
            }
            switch (type) {
                case "AWS::KMS::Key" -> policies.document(resource.property("KeyPolicy"), "key policy of " + resource.logicalId(),
                        TemplateValues.arnOf(resource.logicalId(), template));
                case "AWS::SecretsManager::ResourcePolicy" -> policies.document(resource.property("ResourcePolicy"),
                        "resource policy " + resource.logicalId(), TemplateValues.symbolic(resource.property("SecretId"), template));
                case "AWS::S3::BucketPolicy", "AWS::SQS::QueuePolicy", "AWS::SNS::TopicPolicy" ->
                        policies.document(resource.property("PolicyDocument"), type.substring(5) + " " + resource.logicalId(), null);
                case "AWS::Lambda::Permission" -> policies.lambdaPermission(resource);
                default -> {
                }
            }
        }
    }

    /** A policy document; {@code self} is the ARN of the one resource it protects ({@code Resource: "*"} means it). */
    private void document(Node document, String origin, String self) {
        GrantSet read = new GrantSet();
        new GrantReader(template, read).document(document, origin, false);
        for (Grant grant : read.grants()) {
            Principal principal = principal(((MapNode) grant.statement()));
            if (principal == Principal.NO) {
                continue;
            }
            List<String> resources = new ArrayList<>();
            for (String resource : grant.resources()) {
                resources.add(self != null && (resource == null || resource.equals("*")) && !grant.notResource() ? self : resource);
            }
            out.add(new Grant(grant.allow(), grant.actions(), grant.notAction(), resources, grant.notResource(),
                    grant.conditional() || principal == Principal.MAYBE, grant.statement(), grant.origin()));
        }
    }

    /** {@code AWS::Lambda::Permission}: one action on one function for one principal. */
    private void lambdaPermission(Resource permission) {
        Node principalNode = permission.property("Principal");
        Principal principal = principalNode == null ? Principal.NO : principalValue(principalNode);
        Node action = permission.property("Action");
        if (principal == Principal.NO || !(action instanceof ScalarNode actionText) || actionText.value() == null) {
            return;
        }
        String function = TemplateValues.symbolic(permission.property("FunctionName"), template);
        String arn = function == null ? null : function.startsWith("arn:") ? function
                : "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:" + function;
        boolean conditional = principal == Principal.MAYBE || permission.property("SourceArn") != null
                || permission.property("SourceAccount") != null || permission.condition() != null;
        out.add(new Grant(true, List.of(actionText), false, java.util.Arrays.asList(arn, arn == null ? null : arn + ":*"), false,
                conditional, permission.node(), "Lambda permission " + permission.logicalId()));
    }

    private enum Principal { YES, NO, MAYBE }

    private Principal principal(MapNode statement) {
        if (statement.has("NotPrincipal")) {
            return Principal.MAYBE;
        }
        Node principal = statement.get("Principal");
        if (principal == null) {
            return Principal.NO;
        }
        if (principal instanceof ScalarNode) {
            return principalValue(principal);
        }
        if (!(principal instanceof MapNode map) || map.intrinsicName() != null) {
            return Principal.MAYBE;
        }
        Principal best = Principal.NO;
        for (Node value : NodeValues.alternatives(map.get("AWS"))) {
            Principal one = principalValue(value);
            if (one == Principal.YES) {
                return one;
            }
            if (one == Principal.MAYBE) {
                best = one;
            }
        }
        return best;
    }

    private Principal principalValue(Node value) {
        String text = TemplateValues.symbolic(value, template);
        if (text == null) {
            return Principal.MAYBE;
        }
        if (text.equals("*") || normalized(text).equals(roleArn)) {
            return Principal.YES;
        }
        if (text.endsWith(".amazonaws.com") || text.endsWith(":root") || text.matches("\\d{12}|\\$\\{AWS::AccountId}")) {
            return Principal.NO;
        }
        String target = ResourceRefs.target(value);
        boolean parameter = target != null && template.hasParameter(target);
        return parameter || text.startsWith("${") && !text.contains(":") ? Principal.MAYBE : Principal.NO;
    }

    private static String normalized(String arn) {
        return arn == null ? "" : arn.replaceFirst("^arn:aws:", "arn:\\${AWS::Partition}:");
    }
}
