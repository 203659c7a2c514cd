package io.stacklint.tree;

import io.stacklint.source.Span;
import java.util.ArrayList;
import java.util.List;

/** A sequence (YAML) or array (JSON). */
public final class SeqNode extends Node {
    private final List<Node> items = new ArrayList<>();

    public SeqNode(Span span, NodePath path) {
        super(span, path);
    }

    public void add(Node item) {
        items.add(item);
    }

    public List<Node> items() {
        return List.copyOf(items);
    }

    public int size() {
        return items.size();
    }

    public Node get(int index) {
        return index >= 0 && index < items.size() ? items.get(index) : null;
    }

    @Override
    public String describe() {
        return "a list";
    }
}
