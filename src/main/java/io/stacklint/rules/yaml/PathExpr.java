package io.stacklint.rules.yaml;

import io.stacklint.model.Memo;
import io.stacklint.model.SourceModels;
import io.stacklint.model.NodeValues;
import io.stacklint.model.asl.Integration;
import io.stacklint.model.asl.QueryLanguage;
import io.stacklint.model.cfn.ResourceRefs;
import io.stacklint.source.Span;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A path in a rule file, relative to the selected node: keys and list indexes separated by '/'
 * ({@code Properties/LoggingConfiguration/Level}), {@code ..} for the node above (a list item's list), a leading
 * {@code $state}, {@code $machine}, {@code $resource} or {@code $template} for the enclosing state, state
 * machine definition, template resource or template, {@code *} for every item or value (selectors only), and
 * {@code @name} for a computed attribute. '/' and '~' inside a key are written {@code ~1} and {@code ~0}.
 */
final class PathExpr {
    private static final Memo<Optional<Integration>> INTEGRATION = Memo.named("integration a Task state names");
    static final Set<String> ROOTS = Set.of("$state", "$machine", "$resource", "$template");
    static final Set<String> ATTRIBUTES = Set.of("@express", "@resource", "@resource-target-type", "@type", "@name", "@query-language",
            "@integration", "@service", "@action", "@pattern");

    private final String text;
    private final String root;
    private final List<String> segments;
    private final String attribute;

    private PathExpr(String text, String root, List<String> segments, String attribute) {
        this.text = text;
        this.root = root;
        this.segments = segments;
        this.attribute = attribute;
    }

    static final PathExpr SELF = new PathExpr("", null, List.of(), null);

    /** Parses a path; the message of the exception says what is wrong with it. */
    static PathExpr parse(String text, boolean allowWildcard) {
        if (text == null || text.isEmpty() || text.equals(".")) {
            return SELF;
        }
        if (text.startsWith("@")) {
            if (!ATTRIBUTES.contains(text)) {
                throw new IllegalArgumentException("unknown attribute '" + text + "' (known: " + String.join(", ", ATTRIBUTES.stream().sorted().toList()) + ")");
            }
            return new PathExpr(text, null, List.of(), text);
        }
        List<String> parts = new ArrayList<>(List.of(text.split("/", -1)));
        String root = null;
        if (parts.get(0).startsWith("$")) {
            root = parts.remove(0);
            if (!ROOTS.contains(root)) {
                throw new IllegalArgumentException("unknown root '" + root + "' (known: $machine, $resource, $state, $template)");
            }
        }
        List<String> segments = new ArrayList<>();
        for (String part : parts) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException("path '" + text + "' has an empty segment");
            }
            if (part.equals("*") && !allowWildcard) {
                throw new IllegalArgumentException("'*' in '" + text + "': conditions test one node; use 'each' or 'some' for the items of a list");
            }
            if (part.startsWith("$") || (part.startsWith("@") && !part.equals("@"))) {
                throw new IllegalArgumentException("'" + part + "' in '" + text + "' can only start a path");
            }
            segments.add(part.replace("~1", "/").replace("~0", "~"));
        }
        return new PathExpr(text, root, List.copyOf(segments), null);
    }

    boolean isSelf() {
        return root == null && segments.isEmpty() && attribute == null;
    }

    @Override
    public String toString() {
        return text;
    }

    /** The {@code $state}-like root the path starts from, or null for a path relative to the selected node. */
    String rootName() {
        return root;
    }

    /** The one place this path leads to from {@code from}; a missing focus when it leads nowhere. */
    Focus resolve(Focus from) {
        List<Focus> all = resolveAll(from);
        return all.get(0);
    }

    /** Every place the path leads to ({@code *} fans out); never empty: a dead end gives one missing focus. */
    List<Focus> resolveAll(Focus from) {
        if (attribute != null) {
            return List.of(attribute(from));
        }
        List<Focus> current = List.of(root == null ? from : root(from));
        for (String segment : segments) {
            List<Focus> next = new ArrayList<>();
            for (Focus focus : current) {
                step(focus, segment, next);
            }
            current = next;
        }
        if (current.isEmpty()) {
            return List.of(Focus.absent(from, text));
        }
        return current;
    }

    private static void step(Focus focus, String segment, List<Focus> out) {
        if (!focus.isPresent()) {
            out.add(Focus.absent(focus, segment));
            return;
        }
        if (segment.equals("..")) {
            out.add(focus.parent() != null ? focus.parent() : Focus.absent(focus, segment));
            return;
        }
        Node node = focus.node();
        if (segment.equals("*")) {
            if (node instanceof MapNode map && map.intrinsicName() == null) {
                for (Entry entry : map.entries()) {
                    out.add(Focus.present(entry.value(), entry.key(), focus, focus.scope()));
                }
            } else if (node instanceof SeqNode || node instanceof MapNode) {
                // Items chosen by Fn::If are the items this variant deploys (both, where it chooses nothing).
                Node deployed = focus.scope().variant().choice().isEmpty() ? node : focus.scope().variant().resolve(node);
                for (Node item : NodeValues.alternatives(deployed)) {
                    if (!(item instanceof MapNode map && map.intrinsicName() != null)) {
                        out.add(Focus.present(item, item, focus, focus.scope()));
                    }
                }
            }
            return;
        }
        if (node instanceof MapNode map && map.entry(segment) != null) {
            Entry entry = map.entry(segment);
            Node value = focus.scope().variant().choose(entry.value());
            out.add(value == null ? Focus.absent(focus, segment) : Focus.present(value, entry.key(), focus, focus.scope()));
            return;
        }
        if (node instanceof SeqNode seq && isIndex(segment) && seq.get(Integer.parseInt(segment)) != null) {
            Node item = focus.scope().variant().choose(seq.get(Integer.parseInt(segment)));
            out.add(item == null ? Focus.absent(focus, segment) : Focus.present(item, item, focus, focus.scope()));
            return;
        }
        out.add(Focus.absent(focus, segment));
    }

    private static boolean isIndex(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            if (!Character.isDigit(segment.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private Focus root(Focus from) {
        Scope scope = from.scope();
        Focus top = Focus.present(SourceModels.document(from.scope().model()).root(), SourceModels.document(from.scope().model()).root(), null, scope);
        return switch (root) {
            case "$state" -> scope.state() == null ? Focus.absent(top, root)
                    : Focus.present(scope.state().node(), scope.state().key(), null, scope);
            case "$machine" -> scope.machine() == null ? Focus.absent(top, root)
                    : Focus.present(scope.machine().definition().node(), machineAnchor(scope), null, scope);
            case "$resource" -> scope.resource() == null ? Focus.absent(top, root)
                    : Focus.present(scope.resource().node(), scope.resource().key(), null, scope);
            case "$template" -> scope.model().template() == null ? Focus.absent(top, root)
                    : Focus.present(scope.model().template().root(), scope.model().template().root(), null, scope);
            default -> throw new IllegalStateException(root);
        };
    }

    static Node machineAnchor(Scope scope) {
        return scope.machine().resource() != null ? scope.machine().resource().key() : scope.machine().definition().node();
    }

    /** A computed value, as a scalar placed at the anchor of the focus it describes. */
    private Focus attribute(Focus from) {
        Scope scope = from.scope();
        Object value = switch (attribute) {
            case "@express" -> scope.machine() != null
                    && (scope.machine().isExpress() || (scope.state() != null && scope.state().runsInExpressChildExecution()));
            case "@resource" -> resourceText(scope);
            case "@resource-target-type" -> resourceTargetType(scope);
            case "@type" -> scope.state() != null ? scope.state().type() : scope.resource() != null ? scope.resource().type() : null;
            case "@name" -> scope.state() != null ? scope.state().name() : scope.resource() != null ? scope.resource().logicalId() : null;
            case "@query-language" -> scope.state() != null ? QueryLanguage.of(scope.state()).written() : null;
            case "@integration", "@service", "@action", "@pattern" -> ofIntegration(integration(scope).orElse(null));
            default -> throw new IllegalStateException(attribute);
        };
        Node at = from.reportNode();
        if (value == null) {
            return Focus.absent(from, attribute);
        }
        Span span = at.span();
        ScalarNode scalar = new ScalarNode(span, at.path(), String.valueOf(value),
                value instanceof Boolean ? ScalarNode.Kind.BOOLEAN : ScalarNode.Kind.STRING);
        return Focus.present(scalar, at, from, scope);
    }

    /** One of the integration's attributes; null outside Tasks or when unknown. Plain code, not Optional.map: it runs on first use. */
    private Object ofIntegration(Integration integration) {
        if (integration == null) {
            return null;
        }
        return switch (attribute) {
            case "@integration" -> integration.kind().written();
            case "@service" -> integration.service();
            case "@action" -> integration.action();
            default -> integration.pattern() == null ? null : integration.pattern().written();
        };
    }

    /** The CloudFormation type of the template resource a Task's {@code Resource} names with !Ref or !GetAtt. */
    private static String resourceTargetType(Scope scope) {
        if (scope.state() == null || scope.model().template() == null) {
            return null;
        }
        String target = ResourceRefs.target(resourceNode(scope));
        return target == null ? null : scope.model().template().resource(target).map(r -> r.type()).orElse(null);
    }

    private static Node resourceNode(Scope scope) {
        return Integration.resourceNode(scope.state(), scope.machine());
    }

    /**
     * What the Task's Resource names, from the integration catalog's reading of it; empty outside Tasks or when unknown.
     * Read once per state and file: several rules, and several cases of one rule, ask about the same Task.
     */
    private static Optional<Integration> integration(Scope scope) {
        if (scope.state() == null) {
            return Optional.empty();
        }
        // A state belongs to one machine: each machine read from a definition has states of its own.
        return INTEGRATION.per(scope.state()).in(scope.model(),
                () -> Optional.ofNullable(Integration.ofTask(scope.state(), scope.machine(), scope.model().template())));
    }

    /** The Resource text a rule matches: a literal ARN, the template of an !Sub, through a substitution when there is one. */
    private static String resourceText(Scope scope) {
        if (scope.state() == null) {
            return null;
        }
        Node resource = resourceNode(scope);
        if (resource instanceof MapNode call && call.subTemplate() != null) {
            return call.subTemplate().value();
        }
        return resource != null && resource.text() != null ? resource.text() : scope.state().resource();
    }
}
