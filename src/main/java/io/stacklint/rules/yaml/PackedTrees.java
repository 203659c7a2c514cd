package io.stacklint.rules.yaml;

import io.stacklint.parse.ResourceJson;
import io.stacklint.source.SourceFile;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.NodePath;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the trees of the built-in pack as the build parsed them ({@code builtin-pack.json}, written by the test
 * suite's {@code RulePackGenerator} from {@code rules/}, which fails when it is stale): each rule file's text and
 * its tree, so that a rule compiles from the same tree, with the same positions, as from its file, and start-up
 * reads no YAML. {@code {"files": [{"file": ..., "text": ..., "tree": node}, ...]}}, where a node is an array:
 * {@code ["m", start, end, shortForm, key, value, ...]} for a mapping (keys as string scalars),
 * {@code ["l", start, end, item, ...]} for a list, {@code [kind, start, end, value]} for a scalar, its kind one of
 * {@code s} (string), {@code n} (number), {@code b} (boolean), {@code z} (null, no value); offsets are the file's chars.
 * The resource is read by {@link ResourceJson}, the small reader of the jar's own JSON: a first rule is compiled
 * when Jackson's parser would still run interpreted.
 */
final class PackedTrees {
    static final String RESOURCE = "/io/stacklint/rules/builtin-pack.json";

    /** One rule file of the pack: its text, for positions, and its parsed tree. */
    record PackedFile(SourceFile source, MapNode root) {
    }

    private PackedTrees() {
    }

    /** Every file of the pack, by its path below {@code rules/}, in the order of the index; a broken resource is a bug of the build. */
    static Map<String, PackedFile> files() {
        try {
            Map<String, PackedFile> out = new LinkedHashMap<>();
            for (Node entry : ((MapNode) ResourceJson.read(RESOURCE)).seq("files").items()) {
                MapNode packed = (MapNode) entry;
                String file = packed.text("file");
                SourceFile source = SourceFile.of("stacklint:rules/" + file, packed.text("text"));
                if (!(node(source, NodePath.ROOT, (SeqNode) packed.get("tree")) instanceof MapNode root)) {
                    throw new IllegalStateException(file + " is not a mapping");
                }
                out.put(file, new PackedFile(source, root));
            }
            return out;
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read the built-in rule pack " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The rule file's node that a packed array describes, at {@code path}. */
    private static Node node(SourceFile source, NodePath path, SeqNode packed) {
        List<Node> parts = packed.items();
        String kind = parts.get(0).text();
        int start = Integer.parseInt(parts.get(1).text());
        int end = Integer.parseInt(parts.get(2).text());
        switch (kind) {
            case "m" -> {
                MapNode map = new MapNode(source.span(start, end), path, "true".equals(parts.get(3).text()));
                for (int i = 4; i < parts.size(); i += 2) {
                    ScalarNode key = key(source, path, (SeqNode) parts.get(i));
                    map.put(new Entry(key, node(source, key.path(), (SeqNode) parts.get(i + 1))));
                }
                return map;
            }
            case "l" -> {
                SeqNode seq = new SeqNode(source.span(start, end), path);
                for (int i = 3; i < parts.size(); i++) {
                    seq.add(node(source, path.child(seq.size()), (SeqNode) parts.get(i)));
                }
                return seq;
            }
            default -> {
                ScalarNode.Kind scalar = switch (kind) {
                    case "s" -> ScalarNode.Kind.STRING;
                    case "n" -> ScalarNode.Kind.NUMBER;
                    case "b" -> ScalarNode.Kind.BOOLEAN;
                    case "z" -> ScalarNode.Kind.NULL;
                    default -> throw new IllegalStateException("unknown node kind '" + kind + "' at " + packed.path());
                };
                String value = scalar == ScalarNode.Kind.NULL ? null : parts.get(3).text();
                return new ScalarNode(source.span(start, end), path, value, scalar);
            }
        }
    }

    /** A key: {@code ["s", start, end, name]}, at the path of its value (as the parser places it). */
    private static ScalarNode key(SourceFile source, NodePath map, SeqNode packed) {
        List<Node> parts = packed.items();
        if (!"s".equals(parts.get(0).text())) {
            throw new IllegalStateException("a key that is not a string at " + packed.path());
        }
        String name = parts.get(3).text();
        return new ScalarNode(source.span(Integer.parseInt(parts.get(1).text()), Integer.parseInt(parts.get(2).text())), map.child(name), name,
                ScalarNode.Kind.STRING);
    }
}
