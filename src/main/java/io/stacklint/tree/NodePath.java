package io.stacklint.tree;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Where a node sits from the root of its document, as keys and list indexes: {@code Resources/Flow/Properties}.
 * Paths survive reformatting, so baselines and fingerprints are keyed on them rather than on line numbers.
 */
public final class NodePath {
    public static final NodePath ROOT = new NodePath(null, null);

    // A child links to its parent: the parser makes a path for every node, so making one must not copy the
    // parent's segments (that was O(depth) per node); the list is made only when someone asks for it.
    private final NodePath parent;
    private final Object segment;
    private final int size;
    private final int hash;
    private List<Object> segments;

    private NodePath(NodePath parent, Object segment) {
        this.parent = parent;
        this.segment = segment;
        this.size = parent == null ? 0 : parent.size + 1;
        // The hash of the segment list, as List.hashCode defines it.
        this.hash = parent == null ? 1 : 31 * parent.hash + Objects.hashCode(segment);
        this.segments = parent == null ? List.of() : null;
    }

    public NodePath child(String key) {
        return new NodePath(this, key);
    }

    public NodePath child(int index) {
        return new NodePath(this, index);
    }

    /** This path followed by {@code rest}: where a subtree parsed on its own sits in its host document. */
    public NodePath resolve(NodePath rest) {
        NodePath out = this;
        for (Object each : rest.segments()) {
            out = new NodePath(out, each);
        }
        return out;
    }

    public List<Object> segments() {
        List<Object> made = segments;
        if (made == null) {
            Object[] all = new Object[size];
            NodePath at = this;
            for (int i = size - 1; i >= 0; i--, at = at.parent) {
                all[i] = at.segment;
            }
            made = Collections.unmodifiableList(Arrays.asList(all));
            segments = made;
        }
        return made;
    }

    public int size() {
        return size;
    }

    public Object get(int index) {
        return segments().get(index);
    }

    public boolean startsWith(NodePath prefix) {
        if (prefix.size > size) {
            return false;
        }
        NodePath at = this;
        while (at.size > prefix.size) {
            at = at.parent;
        }
        return at.equals(prefix);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NodePath other) || other.size != size || other.hash != hash) {
            return false;
        }
        for (NodePath a = this, b = other; a != b && a.size > 0; a = a.parent, b = b.parent) {
            if (!Objects.equals(a.segment, b.segment)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** Keys joined with '/', a '/' or '~' inside a key escaped as in JSON Pointer. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Object segment : segments()) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(segment.toString().replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }
}
