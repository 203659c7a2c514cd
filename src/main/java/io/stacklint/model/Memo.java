package io.stacklint.model;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The key of a value computed once per file and shared by the rules that need it (one validation of a definition
 * that several rules report from): typed, so a value comes back as what it was stored as, and held by the code that
 * computes it, so no two computations share a key by accident. The value lives as long as its {@link SourceModel}.
 * Not part of the plugin API (ApiListingTest): the model's own caches, for the built-in rules and model packages.
 */
public final class Memo<T> {
    private final String name;
    private final Memo<T> parent;
    private final Object part;

    private Memo(String name, Memo<T> parent, Object part) {
        this.name = name;
        this.parent = parent;
        this.part = part;
    }

    /** A new key, equal only to itself: {@code name} says what it computes (for debugging). */
    public static <T> Memo<T> named(String name) {
        return new Memo<>(name, null, null);
    }

    /** The key of the same computation for one input: equal to another such key of this one when the inputs are equal. */
    public Memo<T> per(Object input) {
        return new Memo<>(name, this, Objects.requireNonNull(input, "input"));
    }

    /** The value for this key in {@code model}: computed on first use, then the stored one. */
    public T in(SourceModel model, Supplier<T> compute) {
        return model.memo(this, compute);
    }

    @Override
    public boolean equals(Object o) {
        if (parent == null) {
            return this == o;
        }
        return o instanceof Memo<?> other && other.parent == parent && part.equals(other.part);
    }

    @Override
    public int hashCode() {
        return parent == null ? System.identityHashCode(this) : 31 * System.identityHashCode(parent) + part.hashCode();
    }

    @Override
    public String toString() {
        return parent == null ? name : name + "[" + part + "]";
    }
}
