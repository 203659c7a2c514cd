package io.stacklint.model;

import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Reads the values a property may take, looking through lists and both branches of {@code Fn::If}. */
public final class NodeValues {
    private NodeValues() {
    }

    /**
     * The scalars a "string or list of strings" property can take. Items that are other intrinsic calls
     * (a {@code !Ref}, a {@code !Sub}) are returned as their nodes so callers can decide.
     */
    public static List<Node> alternatives(Node node) {
        List<Node> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    public static List<ScalarNode> strings(Node node) {
        List<ScalarNode> out = new ArrayList<>();
        for (Node value : alternatives(node)) {
            if (value instanceof ScalarNode scalar && scalar.value() != null) {
                out.add(scalar);
            }
        }
        return out;
    }

    private static void collect(Node node, List<Node> out) {
        if (node == null) {
            return;
        }
        if (node instanceof SeqNode seq) {
            seq.items().forEach(item -> collect(item, out));
            return;
        }
        if (node instanceof MapNode map && "Fn::If".equals(map.intrinsicName())) {
            SeqNode args = map.intrinsicArgument().asSeq();
            if (args != null && args.size() == 3) {
                collect(args.get(1), out);
                collect(args.get(2), out);
                return;
            }
        }
        if (isNoValue(node)) {
            return;
        }
        out.add(node);
    }

    /**
     * The values a property can take as a whole: both branches of an {@code Fn::If} (recursively), or the
     * value itself. Checks about order or count within a list must run once per branch. The branches of
     * {@link DeploymentVariant#branches(Node)}, without the variants.
     */
    public static List<Node> branches(Node node) {
        // Asked of nearly every field a rule reads, and nearly every value is no Fn::If: no list of variants then.
        if (!(node instanceof MapNode map && "Fn::If".equals(map.intrinsicName()))) {
            return node == null ? Collections.emptyList() : Collections.singletonList(node);
        }
        List<Node> out = new ArrayList<>();
        for (DeploymentVariant.Chosen chosen : DeploymentVariant.branches(node)) {
            out.add(chosen.value());
        }
        return Collections.unmodifiableList(out);
    }

    /** The mappings among a list's items (through {@code Fn::If}), e.g. the statements of a policy. */
    public static List<MapNode> maps(Node node) {
        List<MapNode> out = new ArrayList<>();
        for (Node value : alternatives(node)) {
            if (value instanceof MapNode map && map.intrinsicName() == null) {
                out.add(map);
            }
        }
        return out;
    }

    /**
     * The mappings among the items of a list (through {@code Fn::If}); none when the value is not a list. For
     * ASL fields that must be lists (Choices, Retry, Catch, Branches): a single mapping there is a type error,
     * reported once as such, not also read as a one-item list.
     */
    public static List<MapNode> listedMaps(Node node) {
        List<MapNode> out = new ArrayList<>();
        for (Node branch : branches(node)) {
            if (branch instanceof SeqNode) {
                out.addAll(maps(branch));
            }
        }
        return out;
    }

    /** True for {@code !Ref AWS::NoValue}: CloudFormation removes the property or item, as if never written. */
    public static boolean isNoValue(Node node) {
        return node instanceof MapNode map && "Ref".equals(map.intrinsicName()) && map.intrinsicArgument() != null
                && "AWS::NoValue".equals(map.intrinsicArgument().text());
    }
}
