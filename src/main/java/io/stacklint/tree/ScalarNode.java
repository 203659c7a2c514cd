package io.stacklint.tree;

import io.stacklint.source.Span;

/** A string, number, boolean or null. The value keeps the text the file wrote (after unquoting). */
public final class ScalarNode extends Node {
    public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

    private final String value;
    private final Kind kind;
    private final ValueOffsets valueOffsets;

    public ScalarNode(Span span, NodePath path, String value, Kind kind) {
        this(span, path, value, kind, null);
    }

    /** A scalar whose characters' places in the file are known from how it was read: see {@link ValueOffsets#scalar}. */
    ScalarNode(Span span, NodePath path, String value, Kind kind, ValueOffsets valueOffsets) {
        super(span, path);
        this.value = value;
        this.kind = kind;
        this.valueOffsets = valueOffsets;
    }

    /** The file place of each character of the value, when known from parsing; null otherwise. */
    ValueOffsets valueOffsets() {
        return valueOffsets;
    }

    public String value() {
        return value;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isString() {
        return kind == Kind.STRING;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    /** The numeric value, or null when this is not a number (a quoted "5" is a string, as in JSON). */
    public Double number() {
        if (kind != Kind.NUMBER) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String describe() {
        return switch (kind) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
        };
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
