package io.stacklint.rules.builtin.asl.structure;

import io.stacklint.model.asl.AslValues;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;

/** Recognizes JSONata expressions, which are strings written {@code {% ... %}}. */
final class Expressions {
    private Expressions() {
    }

    static boolean isJsonata(Node node) {
        if (!(node instanceof ScalarNode scalar) || !scalar.isString() || scalar.value() == null) {
            return false;
        }
        return AslValues.isJsonata(scalar.value());
    }
}
