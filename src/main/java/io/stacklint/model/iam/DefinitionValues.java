package io.stacklint.model.iam;

import io.stacklint.model.NodeValues;
import io.stacklint.model.asl.AslValues;
import io.stacklint.model.asl.DefinitionSource;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.cfn.TemplateValues;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The deploy-time values of a definition's fields, as {@link TemplateValues} symbolic strings: an intrinsic of a
 * {@code Definition} object; a {@code ${Name}} placeholder filled from {@code DefinitionSubstitutions}, or, in a
 * {@code DefinitionString} that {@code Fn::Sub} builds, from the Sub's own variables and the template's names.
 * A field chosen at run time ({@code Field.$}, a JSONata {@code {% %}} value) is dynamic.
 */
final class DefinitionValues {
    /** One value a field may take: its node (null when dynamic) and whether it is chosen at run time. */
    record Found(Node node, boolean dynamic) {
    }

    private static final int MAX_ALTERNATIVES = 16;

    private final StateMachine machine;
    private final Template template;
    private final List<MapNode> subLocals = new ArrayList<>();
    private final boolean subSemantics;

    DefinitionValues(StateMachine machine, Template template) {
        this.machine = machine;
        this.template = template;
        Node string = machine.resource() == null ? null : machine.resource().property("DefinitionString");
        boolean sub = false;
        for (Node branch : NodeValues.branches(string)) {
            if (branch instanceof MapNode call && ("Fn::Sub".equals(call.intrinsicName()) || "Fn::Join".equals(call.intrinsicName()))) {
                sub = true;
                if (call.intrinsicArgument() instanceof SeqNode args && args.size() > 1 && args.get(1) instanceof MapNode locals) {
                    subLocals.add(locals);
                }
            }
        }
        // Pieces of an Fn::Join DefinitionString that are !Ref/!GetAtt are read as ${Name} too.
        this.subSemantics = machine.origin() == DefinitionSource.DEFINITION_STRING && sub;
    }

    /**
     * The values the field at a '/'-separated path under {@code container} takes ('*' for each list item): a
     * node, dynamic, or (node null) absent from an item that is there; empty when the path leads nowhere.
     */
    static List<Found> field(MapNode container, String path) {
        List<Found> out = new ArrayList<>();
        walk(container, path.split("/"), 0, out);
        return out;
    }

    private static void walk(Node at, String[] segments, int index, List<Found> out) {
        if (index == segments.length) {
            out.add(isDynamic(at) ? new Found(null, true) : new Found(at, false));
            return;
        }
        String segment = segments[index];
        if (segment.equals("*")) {
            if (at instanceof SeqNode list) {
                list.items().forEach(item -> walk(item, segments, index + 1, out));
            } else if (isDynamic(at)) {
                out.add(new Found(null, true));
            }
            return;
        }
        if (!(at instanceof MapNode map) || map.intrinsicName() != null) {
            if (at != null && isDynamic(at)) {
                out.add(new Found(null, true));
            }
            return;
        }
        if (map.has(segment + ".$")) {
            out.add(new Found(null, true));
        } else if (map.get(segment) != null) {
            walk(map.get(segment), segments, index + 1, out);
        } else if (index == segments.length - 1) {
            out.add(new Found(null, false)); // absent in this item: the integration's default applies
        }
    }

    /** A JSONata expression, or a value that only a run time path could give. */
    private static boolean isDynamic(Node node) {
        return node instanceof ScalarNode scalar && scalar.isString() && AslValues.isJsonata(scalar.value());
    }

    /** The symbolic values a node may take; an entry is null where one way of deploying it is not knowable. */
    List<String> symbolic(Node node) {
        if (node instanceof MapNode map && map.intrinsicName() != null) {
            return template == null ? nulls() : TemplateValues.alternatives(node, template);
        }
        if (!(node instanceof ScalarNode scalar) || scalar.value() == null || scalar.isNull()) {
            return nulls();
        }
        String text = scalar.value();
        if (!text.contains("${")) {
            return List.of(text);
        }
        List<String> out = List.of("");
        int at = 0;
        for (int open = text.indexOf("${"); open >= 0; open = text.indexOf("${", at)) {
            int close = text.indexOf('}', open + 2);
            if (close < 0) {
                break;
            }
            String name = text.substring(open + 2, close).trim();
            // In a Sub'd DefinitionString, ${!Name} comes out as ${Name}: a DefinitionSubstitutions placeholder.
            boolean escaped = name.startsWith("!");
            List<String> values = escaped && !subSemantics ? List.of(text.substring(open, close + 1))
                    : escaped ? substitution(name.substring(1)) : variable(name);
            out = product(out, text.substring(at, open), values);
            at = close + 1;
        }
        String tail = text.substring(at);
        List<String> done = new ArrayList<>();
        for (String prefix : out) {
            done.add(prefix == null ? null : prefix + tail);
        }
        return done;
    }

    /** What one {@code ${Name}} of a definition stands for: a Sub variable, a substitution, a template name. */
    private List<String> variable(String name) {
        for (MapNode locals : subLocals) {
            if (locals.has(name)) {
                return symbolic(locals.get(name));
            }
        }
        if (machine.substitutions().has(name)) {
            return substitution(name);
        }
        if (subSemantics && template != null) {
            return TemplateValues.alternatives(sub("${" + name + "}"), template);
        }
        return List.of("${" + name + "}");
    }

    /** The values of a DefinitionSubstitutions key (of every Fn::If branch); the placeholder itself when none. */
    private List<String> substitution(String name) {
        Set<String> all = new LinkedHashSet<>();
        for (Entry entry : machine.substitutions().entries()) {
            if (entry.name().equals(name)) {
                all.addAll(symbolic(entry.value()));
            }
        }
        return all.isEmpty() ? List.of("${!" + name + "}") : new ArrayList<>(all);
    }

    /** A synthetic {@code Fn::Sub} of the text, read as CloudFormation reads the DefinitionString's Sub. */
    private static MapNode sub(String text) {
        ScalarNode value = new ScalarNode(null, null, text, ScalarNode.Kind.STRING);
        MapNode call = new MapNode(null, null, false);
        call.put(new Entry(new ScalarNode(null, null, "Fn::Sub", ScalarNode.Kind.STRING), value));
        return call;
    }

    private static List<String> product(List<String> prefixes, String literal, List<String> values) {
        List<String> out = new ArrayList<>();
        for (String prefix : prefixes) {
            for (String value : values.isEmpty() ? nulls() : values) {
                if (out.size() < MAX_ALTERNATIVES) {
                    out.add(prefix == null || value == null ? null : prefix + literal + value);
                }
            }
        }
        return out;
    }

    private static List<String> nulls() {
        List<String> out = new ArrayList<>();
        out.add(null);
        return out;
    }
}
