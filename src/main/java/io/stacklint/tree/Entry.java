package io.stacklint.tree;

/** One key and its value in a mapping. The key is a node of its own so findings can point at it. */
public record Entry(ScalarNode key, Node value) {
    public String name() {
        return key.value();
    }
}
