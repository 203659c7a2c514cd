package io.stacklint.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which optimized integrations Step Functions accepts, with the patterns of each action, after the developer
 * guide, "Integrating optimized services with Step Functions"
 * (docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html) and its per-service pages, read in
 * 2026. Services whose page lists every action are complete: another action there is rejected (AWS answers
 * {@code arn:aws:states:::dynamodb:query} with "is not recognized"). For the others only the pattern is judged.
 */
final class IntegrationSupport {
    record Service(String name, boolean complete, List<String> patterns, Map<String, Set<String>> actions) {
    }

    static final List<Service> SERVICES = new ArrayList<>();

    static {
        // Letters: S = sync, 2 = sync:2, W = waitForTaskToken; request-response is always supported.
        service("apigateway", true, "W", "invoke:W");
        service("athena", true, "S", "startQueryExecution:S", "stopQueryExecution", "getQueryExecution", "getQueryResults");
        service("batch", true, "S", "submitJob:S");
        service("bedrock", false, "SW", "invokeModel", "createModelCustomizationJob:SW");
        service("codebuild", false, "S", "startBuild:S", "stopBuild", "batchDeleteBuilds", "batchGetReports",
                "startBuildBatch:S", "stopBuildBatch", "retryBuild:S", "retryBuildBatch:S", "deleteBuildBatch");
        service("databrew", true, "S", "startJobRun:S");
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
        // The HTTP Task page does not settle which patterns it takes: judge the action only.
        service("http", true, "S2W", "invoke:S2W");
        service("lambda", true, "W", "invoke:W");
        service("mediaconvert", true, "S", "createJob:S");
        service("sagemaker", false, "S", "createEndpoint", "createEndpointConfig", "createHyperParameterTuningJob:S",
                "createLabelingJob:S", "createModel", "createProcessingJob:S", "createTrainingJob:S", "createTransformJob:S",
                "updateEndpoint");
        service("sns", true, "W", "publish:W");
        service("sqs", true, "W", "sendMessage:W");
        service("states", true, "S2W", "startExecution:S2W");
    }

    private IntegrationSupport() {
    }

    private static void service(String name, boolean complete, String patterns, String... actions) {
        Map<String, Set<String>> byAction = new LinkedHashMap<>();
        for (String action : actions) {
            String[] parts = action.split(":");
            Set<String> of = new LinkedHashSet<>(List.of("request-response"));
            of.addAll(patterns(parts.length > 1 ? parts[1] : ""));
            byAction.put(parts[0], of);
        }
        SERVICES.add(new Service(name, complete, patterns(patterns), byAction));
    }

    private static List<String> patterns(String letters) {
        List<String> out = new ArrayList<>();
        for (char letter : letters.toCharArray()) {
            out.add(switch (letter) {
                case 'S' -> "sync";
                case '2' -> "sync:2";
                default -> "waitForTaskToken";
            });
        }
        return out;
    }
}
