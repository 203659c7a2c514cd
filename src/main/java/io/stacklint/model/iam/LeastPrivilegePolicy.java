package io.stacklint.model.iam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The least-privilege identity policy for what a state machine needs: each action allowed exactly on the resources
 * its states use it on (symbolic, {@link io.stacklint.model.cfn.TemplateValues} form), on {@code "*"} where the
 * action has no resource-level permissions or the state picks its target at run time. Resources that need the same
 * actions share one statement, so nothing is granted on a resource that does not need it.
 */
public final class LeastPrivilegePolicy {
    /** One {@code Allow} statement, with why its grants are wider than one named resource, if they are. */
    public record Statement(List<String> actions, List<String> resources, List<String> notes) {
    }

    /** The statements, and what could not be worked out (a definition not read, an unknown integration). */
    public record Document(List<Statement> statements, List<String> unresolved) {
    }

    private static final String ANY = "*";

    private LeastPrivilegePolicy() {
    }

    /** The policy for all the needs: of one state machine, or of each way an {@code Fn::If} lets it be deployed. */
    public static Document of(List<Needs> variants) {
        List<PermissionNeed> needs = new ArrayList<>();
        Set<String> unresolved = new LinkedHashSet<>();
        for (Needs variant : variants) {
            needs.addAll(variant.needs());
            unresolved.addAll(variant.unresolved());
        }
        // resource -> actions, keyed case-insensitively by action so lambda:invokefunction and lambda:InvokeFunction are one
        Map<String, Map<String, String>> byResource = new LinkedHashMap<>();
        Map<String, Set<String>> notesByResource = new LinkedHashMap<>();
        for (PermissionNeed need : needs) {
            String resource = need.anyResource() || need.resource() == null ? ANY : need.resource();
            byResource.computeIfAbsent(resource, r -> new LinkedHashMap<>()).putIfAbsent(need.action().toLowerCase(Locale.ROOT), need.action());
            Set<String> notes = notesByResource.computeIfAbsent(resource, r -> new LinkedHashSet<>());
            if (need.anyResource()) {
                notes.add(need.purpose() + ": " + need.action() + " is on \"*\" because the resource is chosen at run time or not known here; narrow it to what it may be");
            }
            if (!need.confirmed()) {
                notes.add(need.action() + " (" + need.purpose() + ") is what the Step Functions documentation suggests but no AWS source confirms");
            }
        }
        Map<List<String>, List<String>> resourcesByActions = new LinkedHashMap<>();
        Map<List<String>, Set<String>> notesByActions = new LinkedHashMap<>();
        byResource.forEach((resource, actions) -> {
            if (actions.isEmpty()) {
                return;
            }
            List<String> key = List.copyOf(actions.values());
            resourcesByActions.computeIfAbsent(key, k -> new ArrayList<>()).add(resource);
            notesByActions.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(notesByResource.get(resource));
        });
        List<Statement> statements = new ArrayList<>();
        resourcesByActions.forEach((actions, resources) ->
                statements.add(new Statement(actions, List.copyOf(resources), List.copyOf(notesByActions.get(actions)))));
        return new Document(List.copyOf(statements), List.copyOf(unresolved));
    }
}
