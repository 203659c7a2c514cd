package io.stacklint.model.asl;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a Task {@code Resource} may be: a Lambda function ARN (optionally with a version or alias), an activity
 * ARN, an optimized integration {@code arn:<partition>:states:::<service>:<action>[.sync|.sync:2|.waitForTaskToken]},
 * or an AWS SDK integration {@code arn:<partition>:states:::aws-sdk:<service>:<action>[.waitForTaskToken]}.
 *
 * <p>The table of optimized integrations follows the Step Functions developer guide, "Integrating optimized
 * services with Step Functions" (docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html) and
 * its per-service pages, read in 2026. Services whose page lists every action are marked complete: an other
 * action there is rejected by Step Functions (AWS answers {@code arn:aws:states:::dynamodb:query} with "is not
 * recognized"). For the others only the integration pattern is judged, never the action, to stay clear of
 * false alarms when AWS adds an action.
 */
public final class TaskResources {
    public static final String SYNC = ".sync";
    public static final String SYNC2 = ".sync:2";
    public static final String CALLBACK = ".waitForTaskToken";

    private static final Set<String> PARTITIONS = Set.of("aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b",
            "aws-iso-e", "aws-iso-f", "aws-eusc");
    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern QUALIFIER = Pattern.compile("\\$LATEST|[A-Za-z0-9_-]{1,128}");
    private static final Pattern SDK_NAME = Pattern.compile("[a-z0-9-]+");
    private static final Pattern ACTION = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final String HOLE = "\u0001";

    /** One optimized service: its actions with the patterns each supports, and whether that list is complete. */
    private record Service(boolean complete, Set<String> patterns, Map<String, Set<String>> actions) {
        /** Per action where the list is complete; else what the service as a whole offers, to stay clear of false alarms. */
        Set<String> patternsOf(String action) {
            return complete ? actions.getOrDefault(action, patterns) : patterns;
        }
    }

    private static final Map<String, Service> OPTIMIZED = new HashMap<>();

    static {
        // Letters: S = .sync, 2 = .sync:2, W = .waitForTaskToken; request-response is always supported.
        service("apigateway", true, "W", "invoke:W");
        service("athena", true, "S", "startQueryExecution:S", "stopQueryExecution", "getQueryExecution", "getQueryResults");
        service("batch", true, "S", "submitJob:S");
        service("bedrock", false, "SW", "invokeModel", "createModelCustomizationJob:SW");
        service("codebuild", false, "S", "startBuild:S", "stopBuild", "batchDeleteBuilds", "batchGetReports",
                "startBuildBatch:S", "stopBuildBatch", "retryBuild:S", "retryBuildBatch:S", "deleteBuildBatch");
        service("dynamodb", true, "", "getItem", "putItem", "updateItem", "deleteItem");
        service("ecs", true, "SW", "runTask:SW");
        service("eks", false, "SW", "createCluster:S", "deleteCluster:S", "createFargateProfile:S", "deleteFargateProfile:S",
                "createNodegroup:S", "deleteNodegroup:S", "runJob:S", "call");
        service("elasticmapreduce", false, "S", "createCluster:S", "terminateCluster:S", "addStep:S", "cancelStep",
                "setClusterTerminationProtection", "modifyInstanceFleetByName", "modifyInstanceGroupByName");
        service("emr-containers", false, "S", "createVirtualCluster", "deleteVirtualCluster:S", "startJobRun:S");
        service("emr-serverless", false, "S", "createApplication:S", "startApplication:S", "stopApplication:S",
                "deleteApplication:S", "startJobRun:S", "cancelJobRun:S");
        service("events", true, "W", "putEvents:W");
        service("glue", true, "S", "startJobRun:S");
        service("databrew", true, "S", "startJobRun:S");
        service("lambda", true, "W", "invoke:W");
        service("mediaconvert", true, "S", "createJob:S");
        service("sagemaker", false, "S", "createEndpoint", "createEndpointConfig", "createHyperParameterTuningJob:S",
                "createLabelingJob:S", "createModel", "createProcessingJob:S", "createTrainingJob:S", "createTransformJob:S",
                "updateEndpoint");
        service("sns", true, "W", "publish:W");
        service("sqs", true, "W", "sendMessage:W");
        service("states", true, "S2W", "startExecution:S2W");
        // The HTTP Task page does not settle which patterns it takes: judge the action only.
        service("http", true, "S2W", "invoke:S2W");
    }

    private static void service(String name, boolean complete, String patterns, String... actions) {
        Map<String, Set<String>> byAction = new LinkedHashMap<>();
        for (String action : actions) {
            String[] parts = action.split(":");
            byAction.put(parts[0], patterns(parts.length > 1 ? parts[1] : ""));
        }
        OPTIMIZED.put(name, new Service(complete, patterns(patterns), byAction));
    }

    private static Set<String> patterns(String letters) {
        Set<String> out = new TreeSet<>();
        for (char letter : letters.toCharArray()) {
            out.add(switch (letter) {
                case 'S' -> SYNC;
                case '2' -> SYNC2;
                default -> CALLBACK;
            });
        }
        return out;
    }

    private TaskResources() {
    }

    /** The integration pattern a resource asks for ({@link #SYNC}, {@link #SYNC2}, {@link #CALLBACK}), or null. */
    public static String pattern(String resource) {
        if (resource == null) {
            return null;
        }
        if (resource.endsWith(CALLBACK)) {
            return CALLBACK;
        }
        return resource.endsWith(SYNC2) ? SYNC2 : resource.endsWith(SYNC) ? SYNC : null;
    }

    /** True for an activity ARN ({@code arn:aws:states:us-east-1:123456789012:activity:name}). */
    public static boolean isActivity(String resource) {
        List<String> parts = parts(resource);
        return parts != null && parts.size() == 7 && "states".equals(parts.get(2)) && "activity".equals(parts.get(5));
    }

    /**
     * Null when the resource is of a known form, or cannot be judged (a placeholder hides a part of it); else
     * what is wrong with it, as a clause for a message.
     */
    public static String problem(String resource) {
        if (resource == null || AslValues.isPlaceholder(resource)) {
            return null;
        }
        boolean holes = AslValues.hasPlaceholder(resource);
        if (!holes && resource.contains("${")) {
            return resource.contains("${}") ? "its ${} placeholder names nothing, so nothing fills it and it is not an ARN"
                    : "it opens a ${ placeholder that is never closed, so nothing fills it and it is not an ARN";
        }
        List<String> parts = parts(resource);
        if (parts == null) {
            return holes ? null : "it is not an ARN";
        }
        if (parts.size() < 6) {
            return holes ? null : "it is not a Lambda function, activity or Step Functions integration ARN";
        }
        String partition = parts.get(1);
        if (!partition.contains(HOLE) && !PARTITIONS.contains(partition)) {
            return "its partition '" + partition + "' is none of aws, aws-cn or aws-us-gov";
        }
        String service = parts.get(2);
        if (service.contains(HOLE)) {
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
            if (action.endsWith(SYNC)) {
                return "AWS SDK integrations do not support '.sync' (only request-response and .waitForTaskToken)";
            }
            String base = action.endsWith(CALLBACK) ? action.substring(0, action.length() - CALLBACK.length()) : action;
            if (!matches(SDK_NAME, parts.get(6)) || !matches(ACTION, base)) {
                return "'" + parts.get(6) + ":" + action + "' is not <service>:<action> in the SDK's spelling (e.g. s3:getObject)";
            }
            return null;
        }
        // An integration with a region or account written in is unusual but not known to be rejected.
        if (kind.contains(HOLE) || !parts.get(3).isEmpty() || !parts.get(4).isEmpty()) {
            return null;
        }
        return integrationProblem(kind, String.join(":", parts.subList(6, parts.size())));
    }

    private static String integrationProblem(String service, String actionWithPattern) {
        if (actionWithPattern.contains(HOLE)) {
            return null;
        }
        Service known = OPTIMIZED.get(service);
        if (known == null) {
            return "'" + service + "' is not a service with optimized integrations; call its API as arn:aws:states:::aws-sdk:"
                    + service + ":<action>";
        }
        String pattern = pattern(actionWithPattern);
        String action = pattern == null ? actionWithPattern : actionWithPattern.substring(0, actionWithPattern.length() - pattern.length());
        if (known.complete() && !known.actions().containsKey(action)) {
            return "'" + service + ":" + action + "' is not an optimized integration (" + service + " offers "
                    + String.join(", ", known.actions().keySet()) + "); call it as arn:aws:states:::aws-sdk:" + service + ":" + action;
        }
        if (pattern != null && !known.patternsOf(action).contains(pattern)) {
            Set<String> supported = known.patternsOf(action);
            return "'" + service + ":" + action + "' does not support '" + pattern + "' (it supports request-response"
                    + (supported.isEmpty() ? " only" : " and " + String.join(", ", supported)) + ")";
        }
        return null;
    }

    private static boolean matches(Pattern pattern, String text) {
        return text.contains(HOLE) || pattern.matcher(text).matches();
    }

    /** The colon-separated parts of an ARN, placeholders replaced by a marker (they may hold colons); null if no ARN. */
    private static List<String> parts(String resource) {
        if (resource == null) {
            return null;
        }
        String masked = resource.replaceAll("\\$\\{[^}]+}", HOLE);
        if (!masked.startsWith("arn:")) {
            return null;
        }
        return Arrays.asList(masked.split(":", -1));
    }
}
