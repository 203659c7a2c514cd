package io.stacklint.parse;

import io.stacklint.source.Span;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.NodePath;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * YAML anchors, aliases and merge keys of one document. Aliases expand to copies that keep the anchored
 * value's positions; every use is reported (CloudFormation rejects them), and the expansion is bounded so
 * that a "billion laughs" file cannot hang the linter.
 */
final class YamlAliases {
    private static final int MAX_ALIAS_NODES = 100_000;
    private static final String WHY = "CloudFormation rejects %s; only 'aws cloudformation package' and 'sam deploy' expand %s before deploying";

    private final List<ParseProblem> problems;
    private final Map<String, Node> anchors = new HashMap<>();
    private int expandedNodes;
    private boolean limitReported;

    YamlAliases(List<ParseProblem> problems) {
        this.problems = problems;
    }

    void remember(String anchor, Node value) {
        anchors.put(anchor, value);
    }

    Node resolve(String name, NodePath path, Span aliasSpan) {
        Node target = anchors.get(name);
        if (target == null) {
            problems.add(new ParseProblem(ParseProblem.Kind.SYNTAX, aliasSpan, "alias '*" + name + "' names no anchor defined before it"));
            return new ScalarNode(aliasSpan, path, null, ScalarNode.Kind.NULL);
        }
        problems.add(new ParseProblem(ParseProblem.Kind.ALIAS, aliasSpan, path,
                "YAML alias '*" + name + "': " + String.format(WHY, "aliases", "them")));
        int size = NodeCopier.count(target);
        if (expandedNodes + size > MAX_ALIAS_NODES) {
            expandedNodes = MAX_ALIAS_NODES + 1;
            if (!limitReported) {
                limitReported = true;
                problems.add(new ParseProblem(ParseProblem.Kind.SYNTAX, aliasSpan,
                        "aliases expand to more than " + MAX_ALIAS_NODES + " values; refusing to expand '*" + name + "'"));
            }
            return new ScalarNode(aliasSpan, path, null, ScalarNode.Kind.NULL);
        }
        expandedNodes += size;
        return NodeCopier.copyTo(target, path);
    }

    static String mergeKeyMessage() {
        return "YAML merge key '<<': " + String.format(WHY, "it", "it");
    }

    /** YAML merge keys: the merged mappings' entries fill in what the mapping does not set itself. */
    static void merge(MapNode map, List<Node> merges, NodePath path) {
        for (Node merge : merges) {
            List<Node> sources = merge instanceof SeqNode seq ? seq.items() : List.of(merge);
            for (Node source : sources) {
                if (source instanceof MapNode sourceMap) {
                    for (Entry entry : sourceMap.entries()) {
                        if (!map.has(entry.name())) {
                            NodePath child = path.child(entry.name());
                            map.put(new Entry(new ScalarNode(entry.key().span(), child, entry.name(), ScalarNode.Kind.STRING),
                                    NodeCopier.copyTo(entry.value(), child)));
                        }
                    }
                }
            }
        }
    }
}
