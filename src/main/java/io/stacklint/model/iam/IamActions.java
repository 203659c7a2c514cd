package io.stacklint.model.iam;

import java.util.List;
import java.util.regex.Pattern;

/** Facts about IAM action names: wildcards, matching, and which actions cannot be scoped to a resource (from {@link ActionCatalog}). */
public final class IamActions {
    /** What may follow a type's every-name pattern and still mean all of them: {@code log-group:*} then {@code :*}. */
    private static final Pattern MORE_WILDCARDS = Pattern.compile("([:/]\\*)*");

    private static final Pattern TOKEN = Pattern.compile("\\$\\{[^}]*}");

    private IamActions() {
    }

    /** {@code *}, and {@code *:*}, which IAM reads the same way. */
    public static boolean isFullWildcard(String action) {
        return action.equals("*") || action.equals("*:*");
    }

    /** {@code states:*} and the like: every action of one service. */
    public static boolean isServiceWildcard(String action) {
        int colon = action.indexOf(':');
        return colon > 0 && action.substring(colon + 1).equals("*");
    }

    /**
     * True when the action can be granted only on {@code Resource: "*"}: the service reference lists no resource
     * type for it (X-Ray, CloudWatch Logs log delivery, list calls). A pattern counts when most of the actions it
     * matches are such ({@code ec2:Describe*}); an action the catalog does not know counts as scopable.
     */
    public static boolean isUnscopable(String action) {
        ActionCatalog catalog = ActionCatalog.get();
        if (!Wildcards.hasWildcard(action)) {
            return catalog.requiresStar(action);
        }
        List<String> matched = catalog.expand(action);
        long starOnly = matched.stream().filter(catalog::requiresStar).count();
        return !matched.isEmpty() && starOnly * 2 > matched.size();
    }

    /**
     * True for a resource pattern that names every resource of a type, like {@code "*"} does for all:
     * {@code arn:aws:s3:::*}, {@code arn:aws:states:*:*:stateMachine:*}, {@code arn:aws:logs:*:*:*}. The region and
     * account may be anything; the resource part must be a resource type's ARN of the service reference with every
     * name a {@code *} (so {@code arn:aws:s3:::reports/*} is one bucket's objects, not every object), or {@code *}.
     */
    public static boolean isEffectivelyStar(String resource) {
        String[] parts = resourceParts(resource);
        if (parts == null || parts[5].contains("\u0000")) {
            return false;
        }
        if (parts[5].equals("*")) {
            return true;
        }
        for (String[] type : ActionCatalog.get().resourceTypesOf(parts[2])) {
            String[] typeParts = resourceParts(type[1]);
            // A type without a name in its ARN (glue's "catalog") is one resource, not a pattern of many.
            if (typeParts != null && typeParts[5].contains("\u0000")) {
                String every = typeParts[5].replace("\u0000", "*");
                if (parts[5].startsWith(every) && MORE_WILDCARDS.matcher(parts[5].substring(every.length())).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The six parts of an ARN with each {@code ${...}} token (which may hold colons) as one NUL character; null when not an ARN. */
    private static String[] resourceParts(String arn) {
        String[] parts = TOKEN.matcher(arn).replaceAll("\u0000").split(":", 6);
        return parts.length == 6 && parts[0].equals("arn") ? parts : null;
    }

    /** IAM's own matching: case-insensitive, {@code *} any run of characters, {@code ?} one character. */
    public static boolean matches(String pattern, String action) {
        return Wildcards.matchesIgnoreCase(pattern, action);
    }
}
