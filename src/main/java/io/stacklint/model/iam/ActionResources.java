package io.stacklint.model.iam;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Whether the resources of a statement are of a type an action applies to, by the service reference. */
public final class ActionResources {
    /** {@code FITS}: some resource could be one the action applies to (or cannot be told); the others: grants nothing. */
    public enum Fit { FITS, WRONG_TYPE, STAR_ONLY }

    /**
     * Actions the reference lists without resource types that AWS nevertheless authorizes against a resource:
     * the task-token calls are evaluated against the state machine or activity of the token (the AccessDenied
     * message names it, and grants on the state machine ARN are recorded to work). Never "grants nothing".
     */
    private static final Set<String> EVALUATED_ON_A_RESOURCE = Set.of("states:sendtasksuccess", "states:sendtaskfailure",
            "states:sendtaskheartbeat");
    private static final ArnGlob STAR_RESOURCE = ArnGlob.literal("*");
    private static final Map<String, ArnGlob> TYPE_GLOBS = new ConcurrentHashMap<>();

    private ActionResources() {
    }

    /** How a catalogued action fits the statement's resource patterns; an unknown action always fits. */
    public static Fit fit(String action, List<ArnGlob> grants) {
        ActionCatalog catalog = ActionCatalog.get();
        if (catalog.canonical(action).isEmpty() || EVALUATED_ON_A_RESOURCE.contains(action.toLowerCase(Locale.ROOT))) {
            return Fit.FITS;
        }
        List<String> types = catalog.resourceTypes(action);
        if (types.isEmpty()) {
            return grants.stream().anyMatch(g -> g.intersects(STAR_RESOURCE)) ? Fit.FITS : Fit.STAR_ONLY;
        }
        String prefix = action.substring(0, action.indexOf(':'));
        for (String type : types) {
            List<String> patterns = catalog.arnPatterns(prefix, type);
            if (patterns.isEmpty()) {
                return Fit.FITS;
            }
            for (String pattern : patterns) {
                ArnGlob glob = TYPE_GLOBS.computeIfAbsent(pattern, ArnGlob::ofType);
                if (grants.stream().anyMatch(g -> g.intersects(glob))) {
                    return Fit.FITS;
                }
            }
        }
        return Fit.WRONG_TYPE;
    }

    /** The resource types of a service a pattern could be, for messages ("statemachine"); empty when none. */
    public static List<String> typesOf(String prefix, ArnGlob grant) {
        return ActionCatalog.get().resourceTypesOf(prefix.toLowerCase(Locale.ROOT)).stream()
                .filter(pair -> grant.intersects(TYPE_GLOBS.computeIfAbsent(pair[1], ArnGlob::ofType)))
                .map(pair -> pair[0]).distinct().toList();
    }
}
