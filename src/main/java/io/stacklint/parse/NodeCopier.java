package io.stacklint.parse;

import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.NodePath;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;

/** Copies a subtree to another path, keeping its positions: what a YAML alias expands to. */
final class NodeCopier {
    private NodeCopier() {
    }

    static int count(Node node) {
        if (node instanceof MapNode map) {
            return 1 + map.entries().stream().mapToInt(e -> count(e.value())).sum();
        }
        if (node instanceof SeqNode seq) {
            return 1 + seq.items().stream().mapToInt(NodeCopier::count).sum();
        }
        return 1;
    }

    static Node copyTo(Node node, NodePath path) {
        if (node instanceof MapNode map) {
            MapNode copy = new MapNode(map.span(), path, map.isShortForm());
            for (Entry entry : map.entries()) {
                NodePath child = path.child(entry.name());
                ScalarNode key = new ScalarNode(entry.key().span(), child, entry.name(), ScalarNode.Kind.STRING);
                copy.put(new Entry(key, copyTo(entry.value(), child)));
            }
            return copy;
        }
        if (node instanceof SeqNode seq) {
            SeqNode copy = new SeqNode(seq.span(), path);
            for (int i = 0; i < seq.size(); i++) {
                copy.add(copyTo(seq.get(i), path.child(i)));
            }
            return copy;
        }
        ScalarNode scalar = (ScalarNode) node;
        return new ScalarNode(scalar.span(), path, scalar.value(), scalar.kind());
    }
}
