package io.stacklint.model.cfn;

import io.stacklint.source.SourceFile;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.model.NodeValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A CloudFormation (or SAM) template over its tree. */
public final class Template {
    public static final String SAM_TRANSFORM = "AWS::Serverless-2016-10-31";

    private final SourceFile source;
    private final MapNode root;
    private final Map<String, Resource> resources = new LinkedHashMap<>();
    /** Resources a transform derives from written ones (SAM's versions and aliases), with what each came from. */
    private final Map<Resource, Resource> derivedFrom = new LinkedHashMap<>();
    /**
     * Written resources a transform replaces, with the CloudFormation resource each deploys as under the same
     * logical id (a SAM state machine as an {@code AWS::StepFunctions::StateMachine}); kept apart from
     * {@link #resources} so that a rule reads them only when it asks to ({@link #deployedAs}).
     */
    private final Map<Resource, Resource> deployedAs = new LinkedHashMap<>();

    public Template(SourceFile source, MapNode root) {
        this.source = source;
        this.root = root;
        MapNode section = root.map("Resources");
        if (section != null) {
            for (Entry entry : section.entries()) {
                if (entry.value() instanceof MapNode body && !entry.name().equals("Fn::Transform")) {
                    resources.put(entry.name(), new Resource(entry.name(), entry.key(), body));
                }
            }
        }
    }

    /**
     * The same template with resources that a transform derives from written ones (see {@code model.sam}),
     * listed after the written ones and found by {@link #resource}; a written resource keeps its logical id.
     */
    public Template withDerived(Map<Resource, Resource> derived) {
        if (derived.isEmpty()) {
            return this;
        }
        Template copy = copy();
        derived.forEach((resource, from) -> {
            if (copy.resources.putIfAbsent(resource.logicalId(), resource) == null) {
                copy.derivedFrom.put(resource, from);
            }
        });
        return copy;
    }

    /**
     * The same template where each written resource of {@code forms} is also known as the CloudFormation
     * resource it deploys as (same logical id, nodes at the written ones); {@link #resources} is unchanged.
     */
    public Template withDeployedForms(Map<Resource, Resource> forms) {
        if (forms.isEmpty()) {
            return this;
        }
        Template copy = copy();
        forms.forEach((written, deployed) -> {
            if (written.equals(copy.resources.get(written.logicalId()))) {
                copy.deployedAs.put(written, deployed);
            }
        });
        return copy;
    }

    /** What {@code resource} deploys as when a transform replaces it; the resource itself otherwise. */
    public Resource deployedAs(Resource resource) {
        return deployedAs.getOrDefault(resource, resource);
    }

    private Template copy() {
        Template copy = new Template(source, root);
        resources.forEach(copy.resources::putIfAbsent);
        copy.derivedFrom.putAll(derivedFrom);
        copy.deployedAs.putAll(deployedAs);
        return copy;
    }

    /** The written resource a derived one came from; null for a resource the template writes itself. */
    public Resource derivedFrom(Resource resource) {
        return derivedFrom.get(resource);
    }

    public SourceFile source() {
        return source;
    }

    public MapNode root() {
        return root;
    }

    public List<Resource> resources() {
        return List.copyOf(resources.values());
    }

    public Optional<Resource> resource(String logicalId) {
        return Optional.ofNullable(resources.get(logicalId));
    }

    public List<Resource> resourcesOfType(String type) {
        return resources.values().stream().filter(r -> type.equals(r.type())).toList();
    }

    public List<Entry> parameters() {
        return entries("Parameters");
    }

    public List<Entry> conditions() {
        return entries("Conditions");
    }

    public List<Entry> mappings() {
        return entries("Mappings");
    }

    public List<Entry> outputs() {
        return entries("Outputs");
    }

    public boolean hasParameter(String name) {
        MapNode section = root.map("Parameters");
        return section != null && section.has(name);
    }

    public boolean hasCondition(String name) {
        MapNode section = root.map("Conditions");
        return section != null && section.has(name);
    }

    public boolean hasMapping(String name) {
        MapNode section = root.map("Mappings");
        return section != null && section.has(name);
    }

    /**
     * The transforms the template names, e.g. {@code AWS::Serverless-2016-10-31}: the top-level
     * {@code Transform}, and {@code Fn::Transform} snippets (such as {@code AWS::Include}) placed directly in a
     * section, which can add whole resources.
     */
    public List<String> transforms() {
        List<String> names = new ArrayList<>();
        addTransformNames(root.get("Transform"), names);
        for (Entry section : root.entries()) {
            if (section.value() instanceof MapNode map && map.get("Fn::Transform") != null) {
                addTransformNames(map.get("Fn::Transform"), names);
            }
        }
        return names;
    }

    private static void addTransformNames(Node transform, List<String> names) {
        for (Node value : NodeValues.alternatives(transform)) {
            if (value.text() != null) {
                names.add(value.text());
            } else if (value instanceof MapNode map && map.text("Name") != null) {
                names.add(map.text("Name"));
            }
        }
    }

    /** SAM by its transform, or by SAM resource types (SAM's own tooling adds the transform when it is left out). */
    public boolean isSam() {
        return transforms().contains(SAM_TRANSFORM)
                || resources.values().stream().anyMatch(r -> r.type() != null && r.type().startsWith("AWS::Serverless::"));
    }

    /** The resources the template writes itself, without those a transform derives. */
    public List<Resource> writtenResources() {
        return resources.values().stream().filter(r -> !derivedFrom.containsKey(r)).toList();
    }

    private List<Entry> entries(String section) {
        MapNode map = root.map(section);
        return map == null ? List.of() : map.entries();
    }
}
