package io.stacklint.model.asl;

import io.stacklint.tree.ScalarNode;

/** A way out of a state, and the node that names its target (findings about the target point there). */
public record Transition(Kind kind, ScalarNode target) {
    public enum Kind { NEXT, CHOICE, DEFAULT, CATCH }

    public String targetName() {
        return target.value();
    }
}
