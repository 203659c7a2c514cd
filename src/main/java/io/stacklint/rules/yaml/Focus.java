package io.stacklint.rules.yaml;

import io.stacklint.tree.Node;

/**
 * A place a rule looks at: a node (null when the path led nowhere), the node a finding about it points at
 * ({@code anchor}: a state's name, a resource's logical id, an entry's key), the focus it was reached from
 * ({@code ..} goes there), and its enclosing scope. A missing focus keeps the nearest focus that exists, so a
 * finding about a missing field points at the key of its nearest present ancestor.
 *
 * @param missing for a missing focus, the path as written from {@code nearest} (for {@code {path}} in messages)
 */
record Focus(Node node, Node anchor, Focus parent, Scope scope, Focus nearest, String missing) {
    static Focus present(Node node, Node anchor, Focus parent, Scope scope) {
        return new Focus(node, anchor, parent, scope, null, null);
    }

    static Focus absent(Focus nearest, String missing) {
        Focus present = nearest.isPresent() ? nearest : nearest.nearest;
        String path = nearest.isPresent() ? missing : nearest.missing + "/" + missing;
        return new Focus(null, null, nearest, nearest.scope, present, path);
    }

    boolean isPresent() {
        return node != null;
    }

    /** Where a finding about this focus goes: its anchor, or the anchor of its nearest present ancestor. */
    Node reportNode() {
        return isPresent() ? anchor : nearest.anchor;
    }

    /** Where a finding about this focus's value goes: the value itself, or the nearest present ancestor's anchor. */
    Node valueNode() {
        return isPresent() ? node : nearest.anchor;
    }

    /** The document path of this place, missing segments included. */
    String pathText() {
        if (isPresent()) {
            return node.path().toString();
        }
        String base = nearest.node.path().toString();
        return base.isEmpty() ? missing : base + "/" + missing;
    }
}
