package io.stacklint.model.sam;

import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;

/**
 * Nodes of resources a transform derives, each placed at the written node it comes from (its span and path),
 * so that a finding about a derived value points at what the author wrote, and the written resource's
 * suppressions cover it.
 */
final class Synthetic {
    private Synthetic() {
    }

    static ScalarNode text(String value, Node at) {
        return new ScalarNode(at.span(), at.path(), value, ScalarNode.Kind.STRING);
    }

    static MapNode map(Node at) {
        return new MapNode(at.span(), at.path(), false);
    }

    /** Puts {@code value} under {@code name}, keyed at {@code keyAt}. */
    static void put(MapNode map, String name, Node keyAt, Node value) {
        map.put(new Entry(text(name, keyAt), value));
    }

    static MapNode ref(String logicalId, Node at) {
        MapNode call = map(at);
        put(call, "Ref", at, text(logicalId, at));
        return call;
    }

    static MapNode getAtt(String logicalId, String attribute, Node at) {
        SeqNode args = new SeqNode(at.span(), at.path());
        args.add(text(logicalId, at));
        args.add(text(attribute, at));
        MapNode call = map(at);
        put(call, "Fn::GetAtt", at, args);
        return call;
    }

    /** A copy of a mapping's entries, to add derived ones to, at the same place. */
    static MapNode copy(MapNode written) {
        MapNode copy = new MapNode(written.span(), written.path(), written.isShortForm());
        written.entries().forEach(copy::put);
        return copy;
    }
}
