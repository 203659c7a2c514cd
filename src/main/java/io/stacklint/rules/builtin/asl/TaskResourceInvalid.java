package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.AslValues;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.asl.TaskResourceProblems;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.Set;

/**
 * A Task {@code Resource} that is no Lambda function, activity, optimized or AWS SDK integration ARN.
 * Only literal text is judged: deploy-time values and the parts of an ARN built from placeholders are not.
 */
public final class TaskResourceInvalid implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL146", "task-resource-invalid",
            "Task Resource is not a known kind of ARN", Severity.ERROR, "0.2.0", "asl", "correctness");

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
        Node resource = state.field("Resource");
        String text = null;
        if (resource instanceof ScalarNode scalar && scalar.isString() && !AslValues.isSymbolic(resource)) {
            text = scalar.value();
        } else if (resource instanceof MapNode call && call.subTemplate() != null) {
            text = call.subTemplate().value();
        }
        String problem = text == null || AslValues.opensJsonata(text) ? null : TaskResourceProblems.of(text);
        if (problem != null) {
            context.report(resource, "Resource '%s' of Task '%s' is invalid: %s; Step Functions rejects the definition",
                    text, state.name(), problem);
        }
    }
}
