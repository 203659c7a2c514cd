package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import java.util.Set;

/** A Choice without Default fails the execution with States.NoChoiceMatched when no rule matches. */
public final class ChoiceWithoutDefault implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL143", "choice-without-default",
            "Choice state has no Default", Severity.WARNING, "0.2.0", "asl", "reliability");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Set<String> stateTypes() {
        return Set.of("Choice");
    }

    @Override
    public void check(State state, StateMachine machine, RuleContext context) {
        if (!state.has("Default")) {
            context.report(state.key(), "Choice '%s' has no Default: when no rule matches, the execution fails with States.NoChoiceMatched",
                    state.name());
        }
    }
}
