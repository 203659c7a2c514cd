package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.ResourceRefs;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.sam.FunctionTargets;
import io.stacklint.model.sam.FunctionTimeout;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.Set;

/**
 * A Task that invokes a Lambda function of the template ({@code lambda:invoke} with its {@code FunctionName}, or
 * the function's ARN as the legacy {@code Resource}; the function itself, or one of its aliases or versions, SAM's
 * {@code AutoPublishAlias} included) and gives up before the function may finish: the state's
 * {@code TimeoutSeconds} is below the function's timeout (SAM's Globals and Lambda's 3-second default included).
 */
public final class LambdaTaskTimeoutBelowFunction implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL165", "lambda-task-timeout-below-function",
            "Lambda task times out before its function may finish", Severity.WARNING, "0.2.0", "asl", "reliability");

    private static final String INVOKE = "arn:aws:states:::lambda:invoke";

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
        Node timeout = state.field("TimeoutSeconds");
        Double seconds = timeout instanceof ScalarNode scalar ? scalar.number() : null;
        if (template == null || seconds == null) {
            return;
        }
        Resource function = target(template, state, machine);
        FunctionTimeout limit = function == null ? null : FunctionTimeout.of(template, function);
        if (limit != null && seconds < limit.seconds()) {
            context.report(timeout, "TimeoutSeconds (%s) of Task '%s' is below the timeout of function '%s', %s: the state "
                    + "gives up while the function keeps running, and a Retry then runs it a second time alongside the first",
                    timeout.text(), state.name(), function.logicalId(), limit.where());
        }
    }

    /** The template's function the Task invokes, through DefinitionSubstitutions; null when not known. */
    private static Resource target(Template template, State state, StateMachine machine) {
        Node resource = machine.substitutions().valueOf(state.field("Resource"));
        Node named = resource;
        if (resource != null && INVOKE.equals(resource.text())) {
            Node arguments = state.field("Parameters") instanceof MapNode parameters ? parameters : state.field("Arguments");
            named = arguments instanceof MapNode map ? machine.substitutions().valueOf(map.get("FunctionName")) : null;
        }
        return FunctionTargets.function(template, ResourceRefs.target(named));
    }
}
