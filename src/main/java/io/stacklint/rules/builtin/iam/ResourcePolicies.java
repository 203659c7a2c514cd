package io.stacklint.rules.builtin.iam;

import io.stacklint.model.NodeValues;
import io.stacklint.model.SourceModel;
import io.stacklint.model.cfn.Reference;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.ResourceRefs;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.cfn.TemplateValues;
import io.stacklint.tree.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a resource-based policy of the template names the role, on the resource a need is about: a key policy, a
 * bucket, queue, topic, event bus or secret policy, a Lambda permission. In one account such a policy grants access
 * on its own, without the role's identity policy, so a need it may cover is never reported missing.
 */
final class ResourcePolicies {
    private ResourcePolicies() {
    }

    static boolean mayGrant(String roleId, String neededResource, SourceModel model) {
        Template template = model.template();
        if (template == null || neededResource == null) {
            return false;
        }
        for (Reference reference : model.references()) {
            if (!roleId.equals(reference.target())) {
                continue;
            }
            List<Object> path = reference.node().path().segments();
            if (path.size() < 4 || !"Resources".equals(path.get(0)) || !"Properties".equals(path.get(2))) {
                continue;
            }
            Resource policy = template.resource(String.valueOf(path.get(1))).orElse(null);
            if (policy == null || policy.type() == null) {
                continue;
            }
            for (String target : targets(policy, String.valueOf(path.get(3)))) {
                String arn = TemplateValues.arnOf(target, template);
                if (neededResource.contains("${" + target + "}") || neededResource.contains("${" + target + ".")
                        || arn != null && neededResource.startsWith(arn)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The resources a resource-based policy is about, when {@code property} is where it names principals. */
    private static List<String> targets(Resource policy, String property) {
        List<String> out = new ArrayList<>();
        switch (policy.type()) {
            case "AWS::KMS::Key" -> {
                if (property.equals("KeyPolicy")) {
                    out.add(policy.logicalId());
                }
            }
            case "AWS::S3::BucketPolicy" -> add(property.equals("PolicyDocument"), policy.property("Bucket"), out);
            case "AWS::SQS::QueuePolicy" -> add(property.equals("PolicyDocument"), policy.property("Queues"), out);
            case "AWS::SNS::TopicPolicy" -> add(property.equals("PolicyDocument"), policy.property("Topics"), out);
            case "AWS::Lambda::Permission" -> add(property.equals("Principal"), policy.property("FunctionName"), out);
            case "AWS::SecretsManager::ResourcePolicy" -> add(property.equals("ResourcePolicy"), policy.property("SecretId"), out);
            case "AWS::Events::EventBusPolicy" -> add(true, policy.property("EventBusName"), out);
            default -> {
            }
        }
        return out;
    }

    private static void add(boolean principals, Node value, List<String> out) {
        if (principals) {
            NodeValues.alternatives(value).stream().map(ResourceRefs::target).filter(t -> t != null).forEach(out::add);
        }
    }
}
