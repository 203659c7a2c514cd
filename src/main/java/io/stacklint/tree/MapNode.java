package io.stacklint.tree;

import io.stacklint.source.Span;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A mapping with its keys in file order. Duplicate keys are reported by the parser; the first one is kept. */
public final class MapNode extends Node {
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final boolean shortForm;
    private List<Entry> list;

    public MapNode(Span span, NodePath path, boolean shortForm) {
        super(span, path);
        this.shortForm = shortForm;
    }

    /** Adds an entry unless its key is already present; returns the entry that was there before, if any. */
    public Entry put(Entry entry) {
        Entry before = entries.putIfAbsent(entry.name(), entry);
        if (before == null) {
            list = null;
        }
        return before;
    }

    public Node get(String key) {
        Entry entry = entries.get(key);
        return entry == null ? null : entry.value();
    }

    public Entry entry(String key) {
        return entries.get(key);
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public String text(String key) {
        Node value = get(key);
        return value == null ? null : value.text();
    }

    public MapNode map(String key) {
        Node value = get(key);
        return value == null ? null : value.asMap();
    }

    public SeqNode seq(String key) {
        Node value = get(key);
        return value == null ? null : value.asSeq();
    }

    public List<Entry> entries() {
        // Rules walk the entries of every mapping, many times over: one immutable copy, made after the last put.
        List<Entry> made = list;
        if (made == null) {
            made = List.copyOf(entries.values());
            list = made;
        }
        return made;
    }

    public java.util.Set<String> keys() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    public int size() {
        return entries.size();
    }

    /** True for a mapping that the parser made from a YAML short-form tag such as {@code !Ref}. */
    public boolean isShortForm() {
        return shortForm;
    }

    /** The intrinsic function this mapping calls ({@code Ref}, {@code Fn::Sub}, ...), or null. */
    public String intrinsicName() {
        if (entries.size() != 1) {
            return null;
        }
        String key = entries.keySet().iterator().next();
        return Intrinsics.isIntrinsic(key) ? key : null;
    }

    /** The argument of the intrinsic function this mapping calls, or null. */
    public Node intrinsicArgument() {
        return intrinsicName() == null ? null : entries.values().iterator().next().value();
    }

    /** For an {@code Fn::Sub} call, its template string (string form, or the first item of the list form); else null. */
    public ScalarNode subTemplate() {
        if (!"Fn::Sub".equals(intrinsicName())) {
            return null;
        }
        Node argument = intrinsicArgument();
        Node template = argument instanceof SeqNode args ? args.get(0) : argument;
        return template instanceof ScalarNode scalar && scalar.value() != null ? scalar : null;
    }

    @Override
    public String describe() {
        String intrinsic = intrinsicName();
        return intrinsic == null ? "a mapping" : "a call to " + intrinsic;
    }
}
