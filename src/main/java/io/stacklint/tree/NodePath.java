package io.stacklint.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a node sits from the root of its document, as keys and list indexes: {@code Resources/Flow/Properties}.
 * Paths survive reformatting, so baselines and fingerprints are keyed on them rather than on line numbers.
 */
public final class NodePath {
    public static final NodePath ROOT = new NodePath(List.of());

    private final List<Object> segments;

    private NodePath(List<Object> segments) {
        this.segments = segments;
    }

    public NodePath child(String key) {
        return append(key);
    }

    public NodePath child(int index) {
        return append(index);
    }

    private NodePath append(Object segment) {
        List<Object> next = new ArrayList<>(segments.size() + 1);
        next.addAll(segments);
        next.add(segment);
        return new NodePath(Collections.unmodifiableList(next));
    }

    /** This path followed by {@code rest}: where a subtree parsed on its own sits in its host document. */
    public NodePath resolve(NodePath rest) {
        if (rest.segments.isEmpty()) {
            return this;
        }
        List<Object> next = new ArrayList<>(segments.size() + rest.segments.size());
        next.addAll(segments);
        next.addAll(rest.segments);
        return new NodePath(Collections.unmodifiableList(next));
    }

    public List<Object> segments() {
        return segments;
    }

    public int size() {
        return segments.size();
    }

    public Object get(int index) {
        return segments.get(index);
    }

    public boolean startsWith(NodePath prefix) {
        return segments.size() >= prefix.segments.size()
                && segments.subList(0, prefix.segments.size()).equals(prefix.segments);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NodePath other && segments.equals(other.segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /** Keys joined with '/', a '/' or '~' inside a key escaped as in JSON Pointer. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Object segment : segments) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(segment.toString().replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }
}
