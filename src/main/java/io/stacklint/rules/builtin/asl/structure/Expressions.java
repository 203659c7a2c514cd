package io.stacklint.rules.builtin.asl.structure;

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
        // Exactly: AWS reads " {% x %} ", with spaces around, as a literal string (LocalStack's recorded base_literals).
        String text = scalar.value();
        return text.startsWith("{%") && text.endsWith("%}") && text.length() >= 4;
    }
}
