package io.stacklint.rules.api;

import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import java.util.Set;

/** <b>Public API.</b> Sees each state of the types it names, at any depth (Parallel branches, Map processors). */
public interface StateRule extends Rule {
    /** State types to visit, e.g. {@code Task}; an empty set (the default) means every state. */
    default Set<String> stateTypes() {
        return Set.of();
    }

    void check(State state, StateMachine stateMachine, RuleContext context);
}
