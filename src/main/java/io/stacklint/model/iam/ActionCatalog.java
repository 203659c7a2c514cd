package io.stacklint.model.iam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every IAM action of the AWS Service Authorization Reference with the resource types it applies to, and
 * every resource type's ARN pattern. Read from generated resources on first use ({@link #get()}), so a
 * template without IAM never pays for it. Action names compare case-insensitively, as IAM compares them;
 * answers use the reference's casing.
 */
public final class ActionCatalog {
    private static final String RESOURCE = "/io/stacklint/iam";

    private final CatalogReader.Index index;

    private ActionCatalog(CatalogReader.Index index) {
        this.index = index;
    }

    /** The catalog, read on the first call. */
    public static ActionCatalog get() {
        return Holder.INSTANCE;
    }

    /** The date of the reference pages the catalog was generated from ({@code 2026-06-14}). */
    public String dataDate() {
        return index.date();
    }

    public boolean knowsService(String prefix) {
        return index.prefixes().contains(prefix.toLowerCase(Locale.ROOT));
    }

    /** The service's name in the reference ("AWS Step Functions"), if the prefix is known. */
    public Optional<String> serviceName(String prefix) {
        return Optional.ofNullable(index.service(prefix)).map(s -> s.name);
    }

    /** The action in the reference's casing ({@code STATES:startexecution} gives {@code states:StartExecution}). */
    public Optional<String> canonical(String action) {
        return Optional.ofNullable(find(action)).map(Action::name);
    }

    /**
     * Every catalogued action an IAM action pattern ({@code *} and {@code ?} wildcards, case-insensitive)
     * matches, in the reference's casing; empty when it matches none.
     */
    public List<String> expand(String pattern) {
        int colon = pattern.indexOf(':');
        if (colon < 0) {
            return pattern.equals("*") ? all() : List.of();
        }
        String prefix = pattern.substring(0, colon).toLowerCase(Locale.ROOT);
        String name = pattern.substring(colon + 1);
        List<String> out = new ArrayList<>();
        if (!Wildcards.hasWildcard(prefix)) {
            Service service = index.service(prefix);
            if (service != null) {
                service.match(name, out);
            }
            return out;
        }
        for (String known : index.prefixes()) {
            if (Wildcards.matchesIgnoreCase(prefix, known)) {
                index.service(known).match(name, out);
            }
        }
        return out;
    }

    /**
     * The resource types the action applies to, named as in the reference without its required mark
     * ({@code statemachine}); empty when the action takes only {@code Resource: "*"} or is unknown.
     */
    public List<String> resourceTypes(String action) {
        Action found = find(action);
        return found == null ? List.of() : found.types();
    }

    /** The resource types the reference marks as required ({@code *}) for the action. */
    public List<String> requiredResourceTypes(String action) {
        Action found = find(action);
        return found == null ? List.of() : found.required();
    }

    /** True for a known action that has no resource-level permissions: it can be granted only on {@code "*"}. */
    public boolean requiresStar(String action) {
        Action found = find(action);
        return found != null && found.types().isEmpty();
    }

    /** The reference's access level: {@code List}, {@code Read}, {@code Write}, {@code Tagging} or {@code Permissions management}. */
    public Optional<String> accessLevel(String action) {
        return Optional.ofNullable(find(action)).map(Action::accessLevel);
    }

    /**
     * The ARN patterns of a resource type as the reference writes them
     * ({@code arn:${Partition}:states:${Region}:${Account}:stateMachine:${StateMachineName}}); usually one, two
     * where a service has two API versions. A trailing {@code *} (the required mark) on the type is ignored.
     */
    public List<String> arnPatterns(String prefix, String resourceType) {
        Service service = index.service(prefix);
        if (service == null) {
            return List.of();
        }
        String type = resourceType.endsWith("*") ? resourceType.substring(0, resourceType.length() - 1) : resourceType;
        List<String> out = new ArrayList<>();
        for (String[] resource : service.resources) {
            if (resource[0].equalsIgnoreCase(type)) {
                out.add(resource[1]);
            }
        }
        return out;
    }

    /** Every resource type of a service with its ARN pattern, as {@code [type, arn]} pairs. */
    public List<String[]> resourceTypesOf(String prefix) {
        Service service = index.service(prefix);
        return service == null ? List.of() : service.resources.stream().map(String[]::clone).toList();
    }

    /**
     * True when the action (or a pattern) is missing from this catalog but known to be newer than its data
     * (listed by cfn-lint's later policy data): such an action is not a typo.
     */
    public boolean isNewerThanData(String action) {
        String lower = action.toLowerCase(Locale.ROOT);
        if (!Wildcards.hasWildcard(lower)) {
            return index.newer().contains(lower);
        }
        return index.newer().stream().anyMatch(n -> Wildcards.matchesIgnoreCase(lower, n));
    }

    /**
     * The closest real action to an unknown one: {@code ecs:StopTasks} gives {@code ecs:StopTask}. Looks in the
     * named service, or in the nearest service prefix when the prefix itself is misspelt; empty when nothing
     * is near enough to be a plausible typo.
     */
    public Optional<String> closest(String action) {
        return Suggestions.closest(this, action);
    }

    /** Known service prefixes, lowercased. */
    Set<String> prefixes() {
        return index.prefixes();
    }

    /** The actions of one service in the reference's casing, or none. */
    List<String> actionsOf(String prefix) {
        Service service = index.service(prefix);
        return service == null ? List.of() : service.actions.values().stream().map(Action::name).toList();
    }

    private Action find(String action) {
        int colon = action.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        Service service = index.service(action.substring(0, colon));
        return service == null ? null : service.actions.get(action.substring(colon + 1).toLowerCase(Locale.ROOT));
    }

    private List<String> all() {
        List<String> out = new ArrayList<>();
        index.prefixes().forEach(p -> index.service(p).actions.values().forEach(a -> out.add(a.name())));
        return out;
    }

    record Action(String name, String accessLevel, List<String> types, List<String> required) {
    }

    /** One service's actions and resource types, read from its block of the resource when first needed. */
    static final class Service {
        final String name;
        final Map<String, Action> actions = new HashMap<>();
        final List<String[]> resources = new ArrayList<>();

        Service(String name) {
            this.name = name;
        }

        void match(String namePattern, List<String> out) {
            String lower = namePattern.toLowerCase(Locale.ROOT);
            if (!Wildcards.hasWildcard(lower)) {
                Action action = actions.get(lower);
                if (action != null) {
                    out.add(action.name());
                }
                return;
            }
            for (Map.Entry<String, Action> entry : actions.entrySet()) {
                if (Wildcards.matchesIgnoreCase(lower, entry.getKey())) {
                    out.add(entry.getValue().name());
                }
            }
        }
    }

    /** Initialization-on-demand: the resource is read when {@link #get()} is first called, once. */
    private static final class Holder {
        static final ActionCatalog INSTANCE = new ActionCatalog(CatalogReader.read(RESOURCE));
    }
}
