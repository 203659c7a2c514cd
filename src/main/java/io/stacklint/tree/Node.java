package io.stacklint.tree;

import io.stacklint.source.Span;

/** A value of a parsed document: a mapping, a sequence or a scalar, with its position and path. */
public abstract sealed class Node permits MapNode, SeqNode, ScalarNode {
    private final Span span;
    private final NodePath path;

    protected Node(Span span, NodePath path) {
        this.span = span;
        this.path = path;
    }

    public Span span() {
        return span;
    }

    public NodePath path() {
        return path;
    }

    public MapNode asMap() {
        return this instanceof MapNode map ? map : null;
    }

    public SeqNode asSeq() {
        return this instanceof SeqNode seq ? seq : null;
    }

    public ScalarNode asScalar() {
        return this instanceof ScalarNode scalar ? scalar : null;
    }

    /** The scalar's text, or null for anything that is not a non-null scalar. */
    public String text() {
        return this instanceof ScalarNode scalar ? scalar.value() : null;
    }

    /** A short description of the kind of value, for messages: "a mapping", "a list", "a string". */
    public abstract String describe();
}
