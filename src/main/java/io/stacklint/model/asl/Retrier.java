package io.stacklint.model.asl;

import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;

/** One entry of a state's {@code Retry} list. */
public record Retrier(MapNode node) implements ErrorMatcher {
    /** ASL defaults: 1 second, 3 attempts, rate 2.0. */
    public static final double DEFAULT_BACKOFF_RATE = 2.0;

    public Node backoffRate() {
        return node.get("BackoffRate");
    }

    public Node intervalSeconds() {
        return node.get("IntervalSeconds");
    }

    public Node maxAttempts() {
        return node.get("MaxAttempts");
    }
}
