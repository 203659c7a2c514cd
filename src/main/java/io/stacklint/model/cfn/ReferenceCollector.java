package io.stacklint.model.cfn;

import io.stacklint.model.NodeValues;
import io.stacklint.source.Span;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds every reference a template makes, with the node where its name is written. */
public final class ReferenceCollector {
    private final List<Reference> references = new ArrayList<>();

    private ReferenceCollector() {
    }

    public static List<Reference> collect(Template template) {
        ReferenceCollector collector = new ReferenceCollector();
        collector.walk(template.root(), Set.of());
        for (Resource resource : template.resources()) {
            collector.addCondition(resource.condition());
            for (ScalarNode dependency : resource.dependsOn()) {
                collector.references.add(new Reference(Reference.Kind.DEPENDS_ON, dependency.value(), null, dependency));
            }
        }
        for (Entry output : template.outputs()) {
            if (output.value() instanceof MapNode body) {
                collector.addCondition(body.get("Condition"));
            }
        }
        return collector.references;
    }

    private void addCondition(Node node) {
        if (node instanceof ScalarNode scalar && scalar.isString()) {
            references.add(new Reference(Reference.Kind.CONDITION, scalar.value(), null, scalar));
        }
    }

    /** {@code locals} are the names a surrounding list-form {@code Fn::Sub} defines. */
    private void walk(Node node, Set<String> locals) {
        if (node instanceof SeqNode seq) {
            seq.items().forEach(item -> walk(item, locals));
            return;
        }
        if (!(node instanceof MapNode map)) {
            return;
        }
        String function = map.intrinsicName();
        Node argument = map.intrinsicArgument();
        if (function == null && map.size() == 1 && map.has("Condition") && isInsideConditionExpression(map)) {
            addCondition(map.get("Condition"));
            return;
        }
        if (function != null) {
            switch (function) {
                case "Ref" -> {
                    if (argument instanceof ScalarNode name && name.isString()) {
                        references.add(new Reference(Reference.Kind.REF, name.value(), null, name));
                        return;
                    }
                }
                case "Fn::GetAtt" -> {
                    if (addGetAtt(argument)) {
                        return;
                    }
                }
                case "Fn::Sub" -> {
                    walkSub(argument, locals);
                    return;
                }
                case "Fn::If" -> {
                    SeqNode args = argument.asSeq();
                    if (args != null && args.size() > 0) {
                        addCondition(args.get(0));
                        for (int i = 1; i < args.size(); i++) {
                            walk(args.get(i), locals);
                        }
                        return;
                    }
                }
                case "Fn::FindInMap" -> {
                    SeqNode args = argument.asSeq();
                    if (args != null && args.get(0) instanceof ScalarNode name && name.isString()) {
                        references.add(new Reference(Reference.Kind.FIND_IN_MAP, name.value(), null, name));
                    }
                }
                default -> {
                }
            }
        }
        for (Entry entry : map.entries()) {
            walk(entry.value(), locals);
        }
    }

    /** {@code Condition: Name} is a condition reference only inside {@code Fn::And}/{@code Or}/{@code Not} or Conditions. */
    private static boolean isInsideConditionExpression(MapNode map) {
        List<Object> segments = map.path().segments();
        return segments.contains("Fn::And") || segments.contains("Fn::Or") || segments.contains("Fn::Not")
                || (!segments.isEmpty() && "Conditions".equals(segments.get(0)));
    }

    private boolean addGetAtt(Node argument) {
        SeqNode args = argument == null ? null : argument.asSeq();
        if (args != null && args.size() >= 1 && args.get(0) instanceof ScalarNode resource && resource.isString()) {
            // The attribute may itself be an intrinsic (!Ref of a parameter): then it has no name to show.
            String attribute = args.size() > 1 ? args.get(1).text() : null;
            references.add(new Reference(Reference.Kind.GET_ATT, resource.value(), attribute, resource));
            args.items().stream().skip(1).forEach(item -> walk(item, Set.of()));
            return true;
        }
        if (argument instanceof ScalarNode nothing && nothing.isNull()) {
            // "!GetAtt" with no argument names nothing; CloudFormation wants a resource and an attribute.
            references.add(new Reference(Reference.Kind.GET_ATT, "", null, nothing));
            return true;
        }
        if (argument instanceof ScalarNode dotted && dotted.isString()) {
            String[] parts = dotted.value().split("\\.", 2);
            references.add(new Reference(Reference.Kind.GET_ATT, parts[0], parts.length > 1 ? parts[1] : null, dotted));
            return true;
        }
        return false;
    }

    private void walkSub(Node argument, Set<String> outerLocals) {
        ScalarNode template = null;
        Set<String> locals = new HashSet<>(outerLocals);
        if (argument instanceof ScalarNode scalar) {
            template = scalar;
        } else if (argument instanceof SeqNode args && args.size() >= 1) {
            template = args.get(0).asScalar();
            if (args.size() > 1 && args.get(1) instanceof MapNode variables) {
                locals.addAll(variables.keys());
                for (Entry entry : variables.entries()) {
                    walk(entry.value(), outerLocals);
                }
            }
            if (template == null) {
                walk(args.get(0), outerLocals);
            }
        } else {
            walk(argument, outerLocals);
        }
        if (template == null || !template.isString()) {
            return;
        }
        int searchFrom = 0;
        String raw = template.span().text();
        for (SubString.Variable variable : SubString.variables(template.value())) {
            if (locals.contains(variable.name())) {
                continue;
            }
            String written = template.value().substring(variable.index(), variable.index() + variable.length());
            int at = raw.indexOf(written, searchFrom);
            Span span = at >= 0
                    ? template.span().file().span(template.span().start() + at, template.span().start() + at + written.length())
                    : template.span();
            searchFrom = at >= 0 ? at + written.length() : searchFrom;
            ScalarNode node = new ScalarNode(span, template.path(), written, ScalarNode.Kind.STRING);
            int dot = variable.name().indexOf('.');
            if (dot > 0 && !PseudoParameters.isPseudoParameter(variable.name())) {
                references.add(new Reference(Reference.Kind.SUB, variable.name().substring(0, dot), variable.name().substring(dot + 1), node));
            } else {
                references.add(new Reference(Reference.Kind.SUB, variable.name(), null, node));
            }
        }
    }

}
