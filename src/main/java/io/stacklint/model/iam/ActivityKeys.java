package io.stacklint.model.iam;

import io.stacklint.model.NodeValues;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.ResourceRefs;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.cfn.TemplateValues;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import java.util.List;

/**
 * The customer managed key of an activity a Task runs: Step Functions encrypts the activity's task data with
 * it on the machine's behalf, so the machine's role uses the key (CFN028 reports the role that may not; the
 * least-privilege needs count a grant on it as used).
 */
public final class ActivityKeys {
    /** What the role does with an activity's key. */
    public static final List<String> ACTIONS = List.of("kms:Decrypt", "kms:GenerateDataKey");

    private static final String ACTIVITY = "AWS::StepFunctions::Activity";

    private ActivityKeys() {
    }

    /** The template's activity a Task's Resource names (through substitutions), or null. */
    public static Resource activity(State state, StateMachine machine, Template template) {
        Node resource = state.field("Resource");
        if (template == null || resource == null) {
            return null;
        }
        Resource activity = template.resource(String.valueOf(ResourceRefs.target(machine.substitutions().valueOf(resource)))).orElse(null);
        return activity != null && ACTIVITY.equals(activity.type()) ? activity : null;
    }

    /** The symbolic ARN of the activity's customer managed key; null for another encryption or a key not known here. */
    public static String keyArn(Resource activity, Template template) {
        List<MapNode> configurations = NodeValues.maps(activity.property("EncryptionConfiguration"));
        if (configurations.size() != 1 || !"CUSTOMER_MANAGED_KMS_KEY".equals(configurations.get(0).text("Type"))) {
            return null;
        }
        Node id = configurations.get(0).get("KmsKeyId");
        String value = id == null ? null : TemplateValues.symbolic(id, template);
        // KMS authorizes a call on the key an alias names, not on the alias: which key that is is not known here.
        if (value == null || value.startsWith("alias/") || value.contains(":alias/")) {
            return null;
        }
        if (value.startsWith("arn:")) {
            return value;
        }
        return "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/" + value;
    }
}
