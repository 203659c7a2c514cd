package io.stacklint.model.asl;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What is wrong with a Task {@code Resource} text, judged against the {@link IntegrationCatalog}: a Lambda
 * function ARN (optionally with a version or alias), an activity ARN, an optimized integration
 * {@code arn:<partition>:states:::<service>:<action>[.sync|.sync:2|.waitForTaskToken]}, or an AWS SDK integration
 * {@code arn:<partition>:states:::aws-sdk:<service>:<action>[.waitForTaskToken]}. For services whose page does
 * not list every action, only the pattern is judged, never the action, to stay clear of false alarms when AWS
 * adds an action.
 */
public final class TaskResourceProblems {
    private static final Set<String> PARTITIONS = Set.of("aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b",
            "aws-iso-e", "aws-iso-f", "aws-eusc");
    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern QUALIFIER = Pattern.compile("\\$LATEST|[A-Za-z0-9_-]{1,128}");
    private static final Pattern SDK_NAME = Pattern.compile("[a-z0-9-]+");
    private static final Pattern ACTION = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private TaskResourceProblems() {
    }

    /**
     * Null when the resource is of a known form, or cannot be judged (a placeholder hides a part of it); else
     * what is wrong with it, as a clause for a message.
     */
    public static String of(String resource) {
        if (resource == null || AslValues.isPlaceholder(resource)) {
            return null;
        }
        boolean holes = AslValues.hasPlaceholder(resource);
        if (!holes && resource.contains("${")) {
            return resource.contains("${}") ? "its ${} placeholder names nothing, so nothing fills it and it is not an ARN"
                    : "it opens a ${ placeholder that is never closed, so nothing fills it and it is not an ARN";
        }
        List<String> parts = Integration.parts(resource);
        if (parts == null) {
            return holes ? null : "it is not an ARN";
        }
        if (parts.size() < 6) {
            return holes ? null : "it is not a Lambda function, activity or Step Functions integration ARN";
        }
        String partition = parts.get(1);
        if (!Integration.hasHole(partition) && !PARTITIONS.contains(partition)) {
            return "its partition '" + partition + "' is none of aws, aws-cn or aws-us-gov";
        }
        String service = parts.get(2);
        if (Integration.hasHole(service)) {
            return null;
        }
        if (service.equals("lambda")) {
            return lambdaProblem(parts, holes);
        }
        if (service.equals("states")) {
            return statesProblem(parts, holes);
        }
        return "'" + service + "' ARNs cannot be a Task Resource: use a Lambda function, an activity, or an arn:aws:states::: integration";
    }

    private static String lambdaProblem(List<String> parts, boolean holes) {
        if (!"function".equals(parts.get(5)) || parts.size() < 7 || parts.size() > 8) {
            return holes ? null : "a Lambda Resource must be a function ARN: arn:aws:lambda:<region>:<account>:function:<name>[:<version or alias>]";
        }
        if (!matches(FUNCTION_NAME, parts.get(6))) {
            return "'" + parts.get(6) + "' is not a Lambda function name (letters, digits, '-' and '_', at most 64)";
        }
        if (parts.size() == 8 && parts.get(7).isEmpty()) {
            return "it ends with ':' but no version or alias follows";
        }
        if (parts.size() == 8 && !matches(QUALIFIER, parts.get(7))) {
            return "'" + parts.get(7) + "' is not a Lambda version or alias ($LATEST, a number, or letters, digits, '-' and '_')";
        }
        return null;
    }

    private static String statesProblem(List<String> parts, boolean holes) {
        String kind = parts.get(5);
        if (kind.equals("activity")) {
            return parts.size() == 7 && !parts.get(6).isEmpty() ? null : "an activity ARN ends with :activity:<name>";
        }
        if (kind.equals("aws-sdk")) {
            if (parts.size() != 8) {
                return holes ? null : "an AWS SDK integration is arn:aws:states:::aws-sdk:<service>:<action>";
            }
            String action = parts.get(7);
            if (action.endsWith(IntegrationPattern.SYNC.suffix())) {
                return "AWS SDK integrations do not support '.sync' (only request-response and .waitForTaskToken)";
            }
            String callback = IntegrationPattern.CALLBACK.suffix();
            String base = action.endsWith(callback) ? action.substring(0, action.length() - callback.length()) : action;
            if (!matches(SDK_NAME, parts.get(6)) || !matches(ACTION, base)) {
                return "'" + parts.get(6) + ":" + action + "' is not <service>:<action> in the SDK's spelling (e.g. s3:getObject)";
            }
            return null;
        }
        // An integration with a region or account written in is unusual but not known to be rejected.
        if (Integration.hasHole(kind) || !parts.get(3).isEmpty() || !parts.get(4).isEmpty()) {
            return null;
        }
        return integrationProblem(kind, String.join(":", parts.subList(6, parts.size())));
    }

    private static String integrationProblem(String service, String actionWithPattern) {
        if (Integration.hasHole(actionWithPattern)) {
            return null;
        }
        IntegrationCatalog.Service known = IntegrationCatalog.get().service(service);
        if (known == null) {
            return "'" + service + "' is not a service with optimized integrations; call its API as arn:aws:states:::aws-sdk:"
                    + service + ":<action>";
        }
        IntegrationPattern pattern = IntegrationPattern.ofSuffix(actionWithPattern);
        String action = pattern == null ? actionWithPattern : actionWithPattern.substring(0, actionWithPattern.length() - pattern.suffix().length());
        if (known.complete() && !known.actions().containsKey(action)) {
            return "'" + service + ":" + action + "' is not an optimized integration (" + service + " offers "
                    + String.join(", ", known.actions().keySet()) + "); call it as arn:aws:states:::aws-sdk:" + service + ":" + action;
        }
        if (pattern != null && !known.patternsOf(action).contains(pattern)) {
            Set<String> supported = new TreeSet<>();
            known.patternsOf(action).stream().filter(p -> p != IntegrationPattern.REQUEST_RESPONSE).forEach(p -> supported.add(p.suffix()));
            return "'" + service + ":" + action + "' does not support '" + pattern.suffix() + "' (it supports request-response"
                    + (supported.isEmpty() ? " only" : " and " + String.join(", ", supported)) + ")";
        }
        return null;
    }

    private static boolean matches(Pattern pattern, String text) {
        return Integration.hasHole(text) || pattern.matcher(text).matches();
    }
}
