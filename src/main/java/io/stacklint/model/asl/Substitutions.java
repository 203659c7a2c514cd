package io.stacklint.model.asl;

import io.stacklint.model.NodeValues;
import io.stacklint.model.cfn.Resource;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A state machine resource's {@code DefinitionSubstitutions}: the keys it defines (of both branches of an
 * {@code Fn::If}). Unknown when the property is itself computed ({@code !Ref}, {@code Fn::Transform}): then
 * nothing can be said about which placeholders it fills.
 */
public final class Substitutions {
    public static final Substitutions NONE = new Substitutions(List.of(), true);
    public static final Substitutions UNKNOWN = new Substitutions(List.of(), false);

    private final List<Entry> entries;
    private final boolean known;

    private Substitutions(List<Entry> entries, boolean known) {
        this.entries = entries;
        this.known = known;
    }

    public static Substitutions of(Resource resource) {
        Node property = resource == null ? null : resource.property("DefinitionSubstitutions");
        if (property == null) {
            return NONE;
        }
        List<Entry> entries = new ArrayList<>();
        for (Node branch : NodeValues.branches(property)) {
            if (NodeValues.isNoValue(branch)) {
                // The Fn::If branch that drops the property defines no keys; it does not make the others unknown.
                continue;
            }
            if (!(branch instanceof MapNode map) || map.intrinsicName() != null) {
                return UNKNOWN;
            }
            entries.addAll(map.entries());
        }
        return new Substitutions(List.copyOf(entries), true);
    }


    /** False when the keys cannot be known from the template text. */
    public boolean isKnown() {
        return known;
    }

    /** The keys as written (a key of both Fn::If branches appears twice). */
    public List<Entry> entries() {
        return entries;
    }

    public boolean has(String name) {
        return entries.stream().anyMatch(e -> e.name().equals(name));
    }

    /**
     * What a value that is one whole {@code ${Name}} placeholder is replaced with: the substitution's value node
     * (a literal, or an intrinsic such as {@code !GetAtt Fn.Arn}); the node itself when it is no placeholder, or
     * when the name has no single known value (unknown keys, or different values in two Fn::If branches).
     */
    public io.stacklint.tree.Node valueOf(io.stacklint.tree.Node node) {
        if (!(node instanceof io.stacklint.tree.ScalarNode scalar) || !AslValues.isPlaceholder(scalar.value())) {
            return node;
        }
        String name = scalar.value().substring(2, scalar.value().length() - 1);
        List<Entry> matching = entries.stream().filter(e -> e.name().equals(name)).toList();
        return matching.size() == 1 ? matching.get(0).value() : node;
    }
}
