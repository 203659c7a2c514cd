package io.stacklint.model.iam;

import io.stacklint.model.NodeValues;
import io.stacklint.model.cfn.Resource;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.List;

/** One statement of an IAM policy document, and the template resource that holds it. */
public record PolicyStatement(MapNode node, Resource owner) {
    public boolean isAllow() {
        return "Allow".equals(node.text("Effect"));
    }

    public Node effect() {
        return node.get("Effect");
    }

    public List<ScalarNode> actions() {
        return NodeValues.strings(node.get("Action"));
    }

    public List<ScalarNode> notActions() {
        return NodeValues.strings(node.get("NotAction"));
    }

    public List<ScalarNode> resources() {
        return NodeValues.strings(node.get("Resource"));
    }

    /**
     * The resources as written, with an {@code Fn::Sub} resource given by its template string
     * ({@code arn:${AWS::Partition}:iam::${AWS::AccountId}:role/*}), for pattern checks.
     */
    public List<ScalarNode> resourcePatterns() {
        List<ScalarNode> out = new java.util.ArrayList<>();
        for (Node value : NodeValues.alternatives(node.get("Resource"))) {
            if (value instanceof ScalarNode scalar && scalar.value() != null) {
                out.add(scalar);
            } else if (value instanceof MapNode call && call.subTemplate() != null) {
                out.add(call.subTemplate());
            }
        }
        return out;
    }

    public List<ScalarNode> notResources() {
        return NodeValues.strings(node.get("NotResource"));
    }

    public Node principal() {
        return node.get("Principal");
    }

    public Node condition() {
        return node.get("Condition");
    }

    public boolean hasCondition() {
        return node.get("Condition") instanceof MapNode condition && condition.size() > 0;
    }
}
