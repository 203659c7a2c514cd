package io.stacklint.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our reading of the research's {@code resource_from} prose: for each integration, the resource each action is
 * granted on. {@code {FIELD:KIND}} is the target a Parameters (or Arguments) field names, in the form KIND
 * (MachineNeeds turns the value into an ARN); {@code ?DEFAULT} is the value when the field is absent; {@code *}
 * means the action has no resource-level permissions; {@code ?} that the target is not modeled (only the action
 * is checked). Where the research gives the AWS template's "*" and the CDK's narrower ARN, the narrower one is
 * the need: a grant of "*" satisfies it too.
 */
final class IntegrationTargets {
    /** The resource of each action: an override for that action, else the default. */
    record Spec(String fallback, Map<String, String> overrides, List<String> passRole) {
        String resourceOf(String action) {
            return overrides.getOrDefault(action, fallback);
        }
    }

    private static final String EXECUTIONS = "{StateMachineArn:state-machine-executions}";
    private static final Map<String, Spec> TASKS = new LinkedHashMap<>();
    private static final Map<String, Spec> CONFIGS = new LinkedHashMap<>();
    /** AWS SDK integrations whose target field is known, with their grants (the action in the reference's casing). */
    static final Map<String, List<String>> SDK = new LinkedHashMap<>();

    static {
        task("lambda:invoke", "{FunctionName:lambda-function}");
        for (String action : List.of("getItem", "putItem", "updateItem", "deleteItem")) {
            task("dynamodb:" + action, "{TableName:dynamodb-table}");
        }
        task("sns:publish", "{TopicArn:sns-topic}");
        task("sqs:sendMessage", "{QueueUrl:sqs-queue-url}");
        task("events:putEvents", "{Entries/*/EventBusName:event-bus?default}");
        task("states:startExecution", "{StateMachineArn:state-machine}",
                "states:DescribeExecution", EXECUTIONS, "states:StopExecution", EXECUTIONS);
        TASKS.put("ecs:runTask", new Spec("{TaskDefinition:ecs-task-definition}",
                Map.of("ecs:StopTask", "*", "ecs:DescribeTasks", "*"), List.of("iam:PassRole={TaskDefinition:ecs-task-roles}")));
        task("batch:submitJob", "{JobDefinition:batch-job-definition}\n{JobQueue:batch-job-queue}", "batch:DescribeJobs", "*", "batch:TerminateJob", "*");
        task("glue:startJobRun", "{JobName:glue-job}");
        task("athena:startQueryExecution", "{WorkGroup:athena-workgroup?primary}",
                "athena:GetDataCatalog", "{QueryExecutionContext/Catalog:athena-data-catalog?AwsDataCatalog}");
        for (String action : List.of("getQueryExecution", "getQueryResults", "stopQueryExecution")) {
            task("athena:" + action, "?");
        }
        for (String action : List.of("startBuild", "startBuildBatch", "stopBuildBatch", "retryBuildBatch", "deleteBuildBatch")) {
            task("codebuild:" + action, "{ProjectName:codebuild-project}");
        }
        task("http:invoke", "*", "events:RetrieveConnectionCredentials", "{Authentication/ConnectionArn:arn}",
                "secretsmanager:GetSecretValue", "{Authentication/ConnectionArn:events-connection-secret}",
                "secretsmanager:DescribeSecret", "{Authentication/ConnectionArn:events-connection-secret}");
        for (String action : List.of("createTrainingJob", "createTransformJob", "createHyperParameterTuningJob",
                "createProcessingJob", "createLabelingJob", "createModel")) {
            passRole("sagemaker:" + action, action.equals("createModel") ? "ExecutionRoleArn" : "RoleArn");
        }
        passRole("eks:createCluster", "RoleArn");
        passRole("eks:createNodegroup", "NodeRole");
        passRole("mediaconvert:createJob", "Role");
        passRole("emr-serverless:startJobRun", "ExecutionRoleArn");
        passRole("elasticmapreduce:createCluster", "ServiceRole");

        // Child executions are named execution:SELF/MAPRUNLABEL:ID (the research's execution:SELF:* would not cover them).
        config("distributed-map", "{$self:state-machine}", "states:DescribeExecution", "{$self:state-machine-child-executions}",
                "states:StopExecution", "{$self:state-machine-child-executions}");
        config("item-reader:s3:listObjectsV2", "{Bucket:s3-bucket}");
        config("item-reader:s3:getObject", "{Bucket:s3-object}");
        config("result-writer:s3:putObject", "{Bucket:s3-prefix}");
        config("logging", "*");
        config("tracing", "*");
        config("encryption", "{KmsKeyId:kms-key}");
        config("lambda-function", "{$resource:lambda-function}");
        config("activity", "?");

        sdk("s3:getObject", "s3:GetObject={Bucket:s3-object}");
        sdk("s3:putObject", "s3:PutObject={Bucket:s3-object}");
        sdk("s3:deleteObject", "s3:DeleteObject={Bucket:s3-object}");
        sdk("s3:headObject", "s3:GetObject={Bucket:s3-object}");
        sdk("s3:listObjectsV2", "s3:ListBucket={Bucket:s3-bucket}");
        sdk("s3:headBucket", "s3:ListBucket={Bucket:s3-bucket}");
        for (String action : List.of("GetItem", "PutItem", "UpdateItem", "DeleteItem", "Query", "Scan")) {
            sdk("dynamodb:" + Character.toLowerCase(action.charAt(0)) + action.substring(1), "dynamodb:" + action + "={TableName:dynamodb-table}");
        }
        sdk("sqs:sendMessage", "sqs:SendMessage={QueueUrl:sqs-queue-url}");
        sdk("sns:publish", "sns:Publish={TopicArn:sns-topic}");
        sdk("lambda:invoke", "lambda:InvokeFunction={FunctionName:lambda-function}");
        sdk("sfn:startExecution", "states:StartExecution={StateMachineArn:state-machine}");
        sdk("sfn:startSyncExecution", "states:StartSyncExecution={StateMachineArn:state-machine}");
        sdk("secretsmanager:getSecretValue", "secretsmanager:GetSecretValue={SecretId:secret}");
    }

    private IntegrationTargets() {
    }

    static Spec task(String id) {
        return TASKS.getOrDefault(id, new Spec("?", Map.of(), List.of()));
    }

    static Spec config(String name) {
        return CONFIGS.get(name);
    }

    private static void task(String id, String fallback, String... overrides) {
        TASKS.put(id, new Spec(fallback, pairs(overrides), List.of()));
    }

    private static void passRole(String id, String field) {
        TASKS.put(id, new Spec("?", Map.of(), List.of("iam:PassRole={" + field + ":role}")));
    }

    private static void config(String name, String fallback, String... overrides) {
        CONFIGS.put(name, new Spec(fallback, pairs(overrides), List.of()));
    }

    private static void sdk(String id, String... grants) {
        SDK.put(id, List.of(grants));
    }

    private static Map<String, String> pairs(String... flat) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < flat.length; i += 2) {
            out.put(flat[i], flat[i + 1]);
        }
        return out;
    }
}
