package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.AslDefinition;
import io.stacklint.model.asl.Integration;
import io.stacklint.model.asl.IntegrationKind;
import io.stacklint.model.asl.IntegrationPattern;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.MapNode;
import java.util.Set;

/**
 * Express workflows (and the Express child executions of a Distributed Map) only make request-response calls:
 * Step Functions rejects {@code .sync}, {@code .waitForTaskToken} and activities there.
 */
public final class ExpressUnsupportedIntegration implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL152", "express-unsupported-integration",
            "Express workflow uses .sync, .waitForTaskToken or an activity", Severity.ERROR, "0.2.0", "asl", "correctness");

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
        String where;
        if (machine.isExpress()) {
            where = "Express state machine does";
        } else if (state.runsInExpressChildExecution()) {
            where = "The Express child execution of Map '" + expressMap(state) + "' does";
        } else {
            return;
        }
        Integration integration = Integration.ofTask(state, machine, context.model().template());
        IntegrationPattern pattern = integration != null ? integration.pattern() : IntegrationPattern.ofSuffix(state.resource());
        if (pattern != null && pattern != IntegrationPattern.REQUEST_RESPONSE) {
            context.report(state.field("Resource"), "%s not support the '%s' service integration of Task '%s': Express workflows make request-response calls only; Step Functions rejects the definition",
                    where, pattern.suffix(), state.name());
        } else if (integration != null && integration.kind() == IntegrationKind.ACTIVITY) {
            context.report(state.field("Resource"), "%s not support the activity of Task '%s': Express workflows make request-response calls only; Step Functions rejects the definition",
                    where, state.name());
        }
    }

    /** The innermost Map whose child executions, holding this state, run as Express. */
    private static String expressMap(State state) {
        for (AslDefinition at = state.scope(); at.owner() != null; at = at.owner().scope()) {
            MapNode config = at.node().map("ProcessorConfig");
            if (at.owner().isType("Map") && config != null && "EXPRESS".equals(config.text("ExecutionType"))) {
                return at.owner().name();
            }
        }
        return null;
    }
}
