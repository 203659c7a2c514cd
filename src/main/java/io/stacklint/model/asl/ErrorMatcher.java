package io.stacklint.model.asl;

import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.util.List;

/** What {@code Retry} and {@code Catch} entries share: the {@code ErrorEquals} list. */
public interface ErrorMatcher {
    String CATCH_ALL = "States.ALL";

    MapNode node();

    default SeqNode errorEqualsNode() {
        return node().seq("ErrorEquals");
    }

    default List<ScalarNode> errorEquals() {
        SeqNode list = errorEqualsNode();
        return list == null ? List.of() : list.items().stream().map(Node::asScalar).filter(s -> s != null && s.value() != null).toList();
    }

    default boolean matchesAll() {
        return errorEquals().stream().anyMatch(e -> CATCH_ALL.equals(e.value()));
    }
}
