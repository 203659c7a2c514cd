/**
 * <b>Public API</b> (for rule authors, plugins included): {@link io.stacklint.model.asl.StateMachine}, {@link io.stacklint.model.asl.AslDefinition}, {@link io.stacklint.model.asl.State}, {@link io.stacklint.model.asl.Retrier}, {@link io.stacklint.model.asl.Catcher}, {@link io.stacklint.model.asl.Transition}, {@link io.stacklint.model.asl.AslValues} and {@link io.stacklint.model.asl.QueryLanguage}. {@code StateMachineLocator} is internal.
 */
package io.stacklint.model.asl;
