package io.stacklint.rules.api;

import io.stacklint.model.asl.StateMachine;

/** <b>Public API.</b> Sees each state machine once, from whatever source its definition came. */
public interface StateMachineRule extends Rule {
    void check(StateMachine stateMachine, RuleContext context);
}
