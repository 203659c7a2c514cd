package io.stacklint.model.asl;

import io.stacklint.model.NodeValues;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.ScalarNode;
import java.util.List;

/** What {@code Retry} and {@code Catch} entries share: the {@code ErrorEquals} list. */
public interface ErrorMatcher {
    String CATCH_ALL = "States.ALL";

    MapNode node();

    /** The error names, through {@code Fn::If} alternatives. */
    default List<ScalarNode> errorEquals() {
        return NodeValues.strings(node().get("ErrorEquals"));
    }

    default boolean matchesAll() {
        return errorEquals().stream().anyMatch(e -> CATCH_ALL.equals(e.value()));
    }
}
