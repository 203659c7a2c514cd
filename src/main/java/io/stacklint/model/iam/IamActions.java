package io.stacklint.model.iam;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Facts about IAM action names: wildcards, matching, and which actions cannot be scoped to a resource. */
public final class IamActions {
    /**
     * Actions that AWS evaluates only against {@code Resource: "*"}: scoping them is impossible, so a
     * wildcard resource for them is not a finding. Step Functions' own logging and X-Ray docs require
     * {@code *} for the log-delivery and trace actions.
     */
    private static final Set<String> UNSCOPABLE = Set.of(
            "logs:createlogdelivery", "logs:getlogdelivery", "logs:updatelogdelivery", "logs:deletelogdelivery",
            "logs:listlogdeliveries", "logs:putresourcepolicy", "logs:describeresourcepolicies", "logs:describeloggroups",
            "xray:puttracesegments", "xray:puttelemetryrecords", "xray:getsamplingrules", "xray:getsamplingtargets",
            "xray:getsamplingstatisticsummaries",
            "cloudwatch:putmetricdata", "cloudwatch:getmetricdata", "cloudwatch:listmetrics",
            "sts:getcalleridentity",
            "ec2:describenetworkinterfaces",
            "states:liststatemachines", "states:listactivities", "lambda:listfunctions",
            "s3:listallmybuckets", "kms:listaliases", "kms:listkeys", "sns:listtopics", "sqs:listqueues",
            "ecr:getauthorizationtoken");

    /** Read-only calls of services that have no resource-level permissions for them. */
    private static final List<String> UNSCOPABLE_PREFIXES = List.of("ec2:describe", "elasticloadbalancing:describe", "autoscaling:describe");

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

    /** True when the action is known to accept only {@code Resource: "*"}. */
    public static boolean isUnscopable(String action) {
        String lower = action.toLowerCase(Locale.ROOT);
        if (UNSCOPABLE.contains(lower)) {
            return true;
        }
        return UNSCOPABLE_PREFIXES.stream().anyMatch(lower::startsWith);
    }

    /** IAM's own matching: case-insensitive, {@code *} any run of characters, {@code ?} one character. */
    public static boolean matches(String pattern, String action) {
        return Wildcards.matchesIgnoreCase(pattern, action);
    }
}
