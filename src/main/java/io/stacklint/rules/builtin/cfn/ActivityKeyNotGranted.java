package io.stacklint.rules.builtin.cfn;

import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.ActivityKeys;
import io.stacklint.model.iam.Decision;
import io.stacklint.model.iam.ExecutionRole;
import io.stacklint.model.iam.PolicyEvaluator;
import io.stacklint.model.iam.RoleBinding;
import io.stacklint.model.iam.RoleResolver;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Task that runs an activity of the template encrypted with a customer managed key, in a state machine whose
 * role the key policy of the template does not open and whose own policies allow neither {@code kms:Decrypt} nor
 * {@code kms:GenerateDataKey} on that key: Step Functions encrypts the activity's input with the activity's key
 * on the machine's behalf. (The machine's own key is IAM020's: it is one of the machine's needs.)
 */
public final class ActivityKeyNotGranted implements StateRule {
    public static final RuleMeta META = RuleMeta.of("CFN028", "activity-key-not-granted",
            "State machine role cannot use the key of the activity it runs", Severity.WARNING, "0.2.0", "cfn", "iam", "correctness");


    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Set<String> stateTypes() {
        return Set.of("Task");
    }

    @Override
    public void check(State state, StateMachine machine, RuleContext context) {
        Template template = context.model().template();
        Node resource = state.field("Resource");
        if (template == null || machine.resource() == null || resource == null) {
            return;
        }
        Resource activity = ActivityKeys.activity(state, machine, template);
        String key = activity != null ? ActivityKeys.keyArn(activity, template) : null;
        if (key == null || !(RoleResolver.forResource(machine.resource(), template) instanceof RoleBinding.Known known)) {
            return;
        }
        ExecutionRole role = known.role();
        List<String> missing = new ArrayList<>();
        for (String action : ActivityKeys.ACTIONS) {
            Decision decision = PolicyEvaluator.decide(role, action, key, false);
            if (decision == Decision.NOT_ALLOWED || decision == Decision.DENIED) {
                missing.add(action);
            }
        }
        if (!missing.isEmpty()) {
            context.report(resource, "Task '%s' runs activity '%s', encrypted with a customer managed key, but role '%s' of '%s' "
                    + "is not allowed %s on the key: Step Functions cannot encrypt the activity's input, and the task fails",
                    state.name(), activity.logicalId(), role.logicalId(), machine.displayName(), String.join(" and ", missing));
        }
    }
}
