package io.stacklint.model.iam;

/** The role a state machine runs as: a role of the template, or unknown here (with the reason, for {@code --verbose}). */
public sealed interface RoleBinding {
    record Known(ExecutionRole role) implements RoleBinding {
    }

    /** A parameter, an import, an ARN of another stack, a choice between roles: nothing can be judged. */
    record Unknown(String why) implements RoleBinding {
    }
}
