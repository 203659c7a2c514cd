package io.stacklint.model.iam;

import io.stacklint.tree.Node;

/**
 * A resource that runs as a role: {@code logicalId} and {@code type} of the resource, {@code property} the
 * property naming the role ({@code RoleArn}, {@code TaskRoleArn}, {@code Targets.RoleArn}, {@code Role}; "generated
 * by SAM" for the role SAM writes for a function or state machine), {@code at} where it is named.
 */
public record RoleUser(String logicalId, String type, String property, Node at) {
    public boolean isStateMachine() {
        return io.stacklint.model.asl.StateMachineLocator.STATE_MACHINE_TYPES.contains(type);
    }
}
