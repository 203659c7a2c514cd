package io.stacklint.model.iam;

import io.stacklint.model.DeploymentVariant;
import io.stacklint.model.NodeValues;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.cfn.TemplateValues;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads policy documents into {@link Grant}s without ever failing: what is readable is kept, what is not (a number
 * as an action, an unknown {@code Effect}, a document that is a string) makes the set opaque on the side it could
 * affect, with a reason that says where.
 */
final class GrantReader {
    private final Template template;
    private final GrantSet out;

    GrantReader(Template template, GrantSet out) {
        this.template = template;
        this.out = out;
    }

    /** A whole policy document ({@code {Version, Statement}}), under {@code Fn::If} too. */
    void document(Node document, String origin, boolean conditional) {
        List<Node> branches = NodeValues.branches(document);
        boolean chosen = conditional || branches.size() > 1;
        for (Node branch : branches) {
            if (NodeValues.isNoValue(branch)) {
                continue;
            }
            MapNode map = PolicyText.isText(branch) ? PolicyText.parse(branch) : branch.asMap();
            if (map == null || map.intrinsicName() != null) {
                unreadable(origin + ": the policy document is " + branch.describe() + (branch instanceof ScalarNode ? " that is not a JSON object"
                        : "") + ", not read here", branch, true, true);
                continue;
            }
            Node statements = map.get("Statement");
            if (statements != null) {
                statements(statements, origin, chosen);
            }
        }
    }

    /** {@code Statement}: a list of statements, or one statement (IAM accepts both), under {@code Fn::If} too. */
    void statements(Node statements, String origin, boolean conditional) {
        List<Node> branches = NodeValues.branches(statements);
        boolean chosen = conditional || branches.size() > 1;
        for (Node branch : branches) {
            if (branch instanceof SeqNode seq) {
                for (Node item : seq.items()) {
                    List<Node> itemBranches = NodeValues.branches(item);
                    for (Node statement : itemBranches) {
                        statement(statement, origin, chosen || itemBranches.size() > 1);
                    }
                }
            } else {
                statement(branch, origin, chosen);
            }
        }
    }

    private void statement(Node node, String origin, boolean conditional) {
        if (NodeValues.isNoValue(node)) {
            return;
        }
        if (!(node instanceof MapNode statement) || statement.intrinsicName() != null) {
            unreadable(origin + ": a statement is " + node.describe() + ", not a mapping", node, true, true);
            return;
        }
        String effect = statement.text("Effect");
        boolean allow = "Allow".equals(effect);
        if (!allow && !"Deny".equals(effect)) {
            unreadable(origin + ": a statement's Effect is " + (effect == null ? describe(statement.get("Effect")) : "'" + effect + "'")
                    + ", neither Allow nor Deny", statement, true, true);
            return;
        }
        boolean notAction = !statement.has("Action") && statement.has("NotAction");
        Node actionNode = notAction ? statement.get("NotAction") : statement.get("Action");
        List<ScalarNode> actions = new ArrayList<>();
        for (Node value : NodeValues.alternatives(actionNode)) {
            if (value instanceof ScalarNode scalar && scalar.isString() && scalar.value() != null) {
                actions.add(scalar);
            } else {
                unreadable(origin + ": an action is " + value.describe() + ", not a string", value, allow, !allow);
            }
        }
        if (actionNode == null) {
            unreadable(origin + ": a statement has neither Action nor NotAction", statement, allow, !allow);
        }
        boolean notResource = !statement.has("Resource") && statement.has("NotResource");
        Node resourceNode = notResource ? statement.get("NotResource") : statement.get("Resource");
        List<String> resources = new ArrayList<>();
        if (resourceNode == null) {
            resources.add(null);
        } else {
            for (Node value : NodeValues.alternatives(resourceNode)) {
                resources.addAll(TemplateValues.alternatives(value, template));
            }
        }
        Node condition = statement.get("Condition");
        boolean conditioned = condition != null && !(condition instanceof MapNode map && map.size() == 0) && !NodeValues.isNoValue(condition);
        boolean chosen = conditional || conditioned || hasIf(actionNode) || hasIf(resourceNode);
        if (!actions.isEmpty()) {
            out.add(new Grant(allow, actions, notAction, resources, notResource, chosen, statement, origin));
        }
    }

    private void unreadable(String reason, Node at, boolean allowSide, boolean denySide) {
        String where = reason + " (" + at.span().startPosition() + ")";
        if (allowSide) {
            out.opaque(where);
        }
        if (denySide) {
            out.denyOpaque(where);
        }
    }

    private static String describe(Node node) {
        return node == null ? "missing" : node.describe();
    }

    /** Whether a condition decides between values below this node. */
    static boolean hasIf(Node node) {
        return node != null && DeploymentVariant.hasConditions(node);
    }
}
