package io.stacklint.model.asl;

import io.stacklint.model.Booleans;
import io.stacklint.model.NodeValues;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/** One state of a definition. Findings about a state point at its name ({@link #key()}). */
public final class State {
    private final String name;
    private final ScalarNode key;
    private final MapNode node;
    private final AslDefinition scope;
    private final List<AslDefinition> children;

    State(String name, ScalarNode key, MapNode node, AslDefinition scope) {
        this.name = name;
        this.key = key;
        this.node = node;
        this.scope = scope;
        this.children = AslDefinition.childrenOf(this);
    }

    public String name() {
        return name;
    }

    public ScalarNode key() {
        return key;
    }

    public MapNode node() {
        return node;
    }

    /** The scope the state belongs to; its {@code Next} and {@code Catch} targets must be there. */
    public AslDefinition scope() {
        return scope;
    }

    /** The {@code Type} as written, e.g. {@code Task}; null when it is missing or not a string. */
    public String type() {
        return node.text("Type");
    }

    public boolean isType(String type) {
        return type.equals(type());
    }

    public Node field(String name) {
        return node.get(name);
    }

    public boolean has(String name) {
        return node.has(name);
    }

    /**
     * Task {@code Resource} as written, or the template of an {@code Fn::Sub} that builds it
     * ({@code arn:${AWS::Partition}:states:::sqs:sendMessage.waitForTaskToken}); null otherwise.
     */
    public String resource() {
        Node resource = node.get("Resource");
        if (resource instanceof MapNode call && call.subTemplate() != null) {
            return call.subTemplate().value();
        }
        return resource == null ? null : resource.text();
    }

    /** Where control can go from this state: {@code Next}, each Choice rule's and the {@code Default} target, each Catch {@code Next}. */
    public List<Transition> transitions() {
        List<Transition> out = new ArrayList<>();
        addTransition(out, Transition.Kind.NEXT, node.get("Next"));
        for (MapNode rule : NodeValues.listedMaps(node.get("Choices"))) {
            addTransition(out, Transition.Kind.CHOICE, rule.get("Next"));
        }
        addTransition(out, Transition.Kind.DEFAULT, node.get("Default"));
        for (MapNode catcher : NodeValues.listedMaps(node.get("Catch"))) {
            addTransition(out, Transition.Kind.CATCH, catcher.get("Next"));
        }
        return out;
    }

    /**
     * True when a target is decided at deploy time ({@code Next: !Ref NextStep}): where control goes is unknown,
     * so graph checks do not judge the scope.
     */
    public boolean hasDeployTimeTransition() {
        List<Node> targets = new ArrayList<>();
        targets.add(node.get("Next"));
        targets.add(node.get("Default"));
        NodeValues.listedMaps(node.get("Choices")).forEach(rule -> targets.add(rule.get("Next")));
        NodeValues.listedMaps(node.get("Catch")).forEach(catcher -> targets.add(catcher.get("Next")));
        for (Node target : targets) {
            for (Node value : NodeValues.alternatives(target)) {
                if (value instanceof MapNode call && call.intrinsicName() != null) {
                    return true;
                }
            }
        }
        // A whole state chosen by Fn::If is resolved in each deployment variant; one left (its condition is no
        // name) decides its transitions at deploy time.
        return node.intrinsicName() != null;
    }

    /** Each target a transition may take: both branches of an {@code Fn::If} around it. */
    private static void addTransition(List<Transition> out, Transition.Kind kind, Node target) {
        for (Node value : NodeValues.alternatives(target)) {
            if (value instanceof ScalarNode name && name.isString()) {
                out.add(new Transition(kind, name));
            }
        }
    }

    /**
     * True when the state runs in a child execution of an Express Distributed Map
     * ({@code ProcessorConfig: {Mode: DISTRIBUTED, ExecutionType: EXPRESS}}), which ends after five minutes.
     */
    public boolean runsInExpressChildExecution() {
        for (AslDefinition at = scope; at != null && at.owner() != null; at = at.owner().scope()) {
            State owner = at.owner();
            MapNode config = at.node().map("ProcessorConfig");
            if (owner.isType("Map") && config != null && "EXPRESS".equals(config.text("ExecutionType"))) {
                return true;
            }
        }
        return false;
    }

    /** True for a state that ends its scope: {@code End: true}, or a {@code Succeed} or {@code Fail} state. */
    public boolean isTerminal() {
        String type = node.text("Type");
        return "Succeed".equals(type) || "Fail".equals(type) || Booleans.isTrue(node.get("End"));
    }

    public List<Retrier> retriers() {
        return NodeValues.listedMaps(node.get("Retry")).stream().map(Retrier::new).toList();
    }

    public List<Catcher> catchers() {
        return NodeValues.listedMaps(node.get("Catch")).stream().map(Catcher::new).toList();
    }

    /** The branches of a {@code Parallel}, or the processor of a {@code Map}. */
    public List<AslDefinition> children() {
        return children;
    }

    @Override
    public String toString() {
        return name;
    }
}
