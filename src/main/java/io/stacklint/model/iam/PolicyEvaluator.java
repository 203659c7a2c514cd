package io.stacklint.model.iam;

import io.stacklint.model.cfn.Template;
import io.stacklint.tree.ScalarNode;
import java.util.List;
import java.util.function.Consumer;

/**
 * Decides one action on one resource for a role as IAM does for an identity policy and a permissions boundary
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html): an explicit Deny wins;
 * without an Allow the request is implicitly denied; an Allow of the role's own policies or of a resource-based policy
 * of the template naming the role will do (one account); with a boundary, the boundary must allow it too.
 * {@code Action}/{@code NotAction} match case-insensitively with {@code *} and {@code ?}; {@code Resource}/
 * {@code NotResource} by {@link ArnMatch}. What is not known here never makes a need missing: a conditional Allow
 * (or one whose resource is unknown) satisfies a need only as {@link Decision#UNKNOWN}, an opaque grant turns
 * {@link Decision#NOT_ALLOWED} into UNKNOWN, a conditional or unreadable Deny turns {@link Decision#ALLOWED} into
 * UNKNOWN. Each grant is looked at once: the cost is linear in the number of statements.
 */
public final class PolicyEvaluator {
    private PolicyEvaluator() {
    }

    /**
     * @param resource    the resource as a symbolic string, {@code "*"} for an action without resource-level permissions
     * @param anyResource the target is chosen at run time: an Allow of the action on any resource satisfies it
     */
    public static Decision decide(ExecutionRole role, String action, String resource, boolean anyResource) {
        return decide(role, action, resource, anyResource, grant -> { });
    }

    /** As {@link #decide(ExecutionRole, String, String, boolean)}, telling {@code visit} about each grant looked at. */
    static Decision decide(ExecutionRole role, String action, String resource, boolean anyResource, Consumer<Grant> visit) {
        List<Grant> grants = role.resourceGrants().isEmpty() ? role.grants() : concat(role.grants(), role.resourceGrants());
        Decision identity = evaluate(grants, role.opaque(), !role.denyOpaqueReasons().isEmpty(), role.template(), action,
                resource, anyResource, visit);
        if (!role.hasBoundary() || identity == Decision.DENIED) {
            return identity;
        }
        Decision boundary = evaluate(role.boundary(), role.boundaryOpaque(), !role.boundaryDenyOpaqueReasons().isEmpty(),
                role.template(), action, resource, anyResource, visit);
        if (boundary == Decision.DENIED || boundary == Decision.NOT_ALLOWED) {
            return boundary;
        }
        if (identity == Decision.NOT_ALLOWED) {
            return identity;
        }
        return identity == Decision.ALLOWED && boundary == Decision.ALLOWED ? Decision.ALLOWED : Decision.UNKNOWN;
    }

    private static List<Grant> concat(List<Grant> first, List<Grant> second) {
        List<Grant> out = new java.util.ArrayList<>(first);
        out.addAll(second);
        return out;
    }

    private static Decision evaluate(List<Grant> grants, boolean opaque, boolean denyOpaque, Template template, String action,
                                     String resource, boolean anyResource, Consumer<Grant> visit) {
        boolean allowSure = false;
        boolean allowMaybe = false;
        boolean denyMaybe = false;
        for (Grant grant : grants) {
            visit.accept(grant);
            if (!actionApplies(grant, action)) {
                continue;
            }
            ArnMatch.Result applies = anyResource ? appliesToSomeResource(grant) : resourceApplies(grant, resource, template);
            if (applies != ArnMatch.Result.NO && grant.conditional()) {
                applies = ArnMatch.Result.MAYBE;
            }
            if (applies == ArnMatch.Result.NO) {
                continue;
            }
            if (!grant.allow()) {
                if (applies == ArnMatch.Result.YES) {
                    return Decision.DENIED;
                }
                denyMaybe = true;
            } else if (applies == ArnMatch.Result.YES) {
                allowSure = true;
            } else {
                allowMaybe = true;
            }
        }
        if (!allowSure && !allowMaybe && !opaque) {
            return Decision.NOT_ALLOWED;
        }
        return allowSure && !denyMaybe && !denyOpaque ? Decision.ALLOWED : Decision.UNKNOWN;
    }

    private static boolean actionApplies(Grant grant, String action) {
        boolean listed = false;
        for (ScalarNode pattern : grant.actions()) {
            if (matchesAction(pattern.value(), action)) {
                listed = true;
                break;
            }
        }
        return listed != grant.notAction();
    }

    private static ArnMatch.Result resourceApplies(Grant grant, String resource, Template template) {
        ArnMatch.Result best = ArnMatch.Result.NO;
        for (String pattern : grant.resources()) {
            ArnMatch.Result result = ArnMatch.matches(pattern, resource, template);
            if (result == ArnMatch.Result.YES) {
                best = result;
                break;
            }
            if (result == ArnMatch.Result.MAYBE) {
                best = result;
            }
        }
        if (!grant.notResource()) {
            return best;
        }
        return best == ArnMatch.Result.YES ? ArnMatch.Result.NO : best == ArnMatch.Result.MAYBE ? ArnMatch.Result.MAYBE : ArnMatch.Result.YES;
    }

    /**
     * A target chosen at run time: an Allow on any resource pattern may cover it; a Deny covers it for sure only on
     * {@code "*"}, else it may.
     */
    private static ArnMatch.Result appliesToSomeResource(Grant grant) {
        boolean star = grant.resources().contains("*");
        if (grant.notResource()) {
            return star ? ArnMatch.Result.NO : grant.allow() ? ArnMatch.Result.YES : ArnMatch.Result.MAYBE;
        }
        if (grant.resources().isEmpty()) {
            return ArnMatch.Result.NO;
        }
        return grant.allow() || star ? ArnMatch.Result.YES : ArnMatch.Result.MAYBE;
    }

    /** IAM action matching: case-insensitive, {@code *} any run, {@code ?} one character; greedy with backtracking to the last star. */
    static boolean matchesAction(String pattern, String action) {
        int p = 0;
        int a = 0;
        int star = -1;
        int resume = 0;
        while (a < action.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || equalsIgnoreCase(pattern.charAt(p), action.charAt(a)))) {
                p++;
                a++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = a;
            } else if (star >= 0) {
                p = star + 1;
                a = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    private static boolean equalsIgnoreCase(char x, char y) {
        return x == y || Character.toLowerCase(x) == Character.toLowerCase(y);
    }
}
