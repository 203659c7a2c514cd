package io.stacklint.model.asl;

import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;

/** One entry of a state's {@code Catch} list. */
public record Catcher(MapNode node) implements ErrorMatcher {
    public Node next() {
        return node.get("Next");
    }
}
