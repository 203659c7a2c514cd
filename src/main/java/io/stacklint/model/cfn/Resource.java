package io.stacklint.model.cfn;

import io.stacklint.model.NodeValues;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.List;

/** One entry of a template's {@code Resources}. */
public record Resource(String logicalId, ScalarNode key, MapNode node) {
    // Written out, as the generated ones would be (nodes are equal only to themselves): a record's generated
    // equals and hashCode are linked through invokedynamic on first use, a set-up that costs a short run more
    // CPU than the comparisons ever do.
    @Override
    public boolean equals(Object other) {
        return other instanceof Resource resource && node == resource.node && key == resource.key && java.util.Objects.equals(logicalId, resource.logicalId);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(node);
    }

    public String type() {
        return node.text("Type");
    }

    /** The properties, or null when the resource has none. */
    public MapNode properties() {
        return node.map("Properties");
    }

    public Node property(String name) {
        MapNode properties = properties();
        return properties == null ? null : properties.get(name);
    }

    public MapNode metadata() {
        return node.map("Metadata");
    }

    public Node condition() {
        return node.get("Condition");
    }

    public List<ScalarNode> dependsOn() {
        return NodeValues.strings(node.get("DependsOn"));
    }
}
