package io.stacklint.model.cfn;

import java.util.Map;
import java.util.Set;

/**
 * What {@code Ref} and {@code Fn::GetAtt ... Arn} return for the resource types whose values IAM policies and
 * state machines name, as the "Return values" section of each type's page in the CloudFormation User Guide
 * states them (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-TYPE.html#aws-resource-TYPE-return-values,
 * e.g. {@code aws-resource-lambda-function.html}, {@code aws-resource-sqs-queue.html}), with the ARN forms of the
 * Service Authorization Reference ("Resource types defined by SERVICE",
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html).
 *
 * <p>{@code arn} is the ARN with {@code {name}} standing for the resource's physical name; {@code refIsName} says
 * that {@code Ref} returns that name (else it returns the ARN, or for a queue its URL); {@code nameProperty}
 * is the property that sets the name; {@code nameAttribute} is the {@code Fn::GetAtt} attribute that returns
 * the name, where there is one; {@code arnAttributes} are the attributes that return the ARN.
 */
record ReturnValues(String arn, boolean refIsName, String nameProperty, String nameAttribute, Set<String> arnAttributes) {
    static final String REGION_ACCOUNT = "${AWS::Region}:${AWS::AccountId}";

    private static ReturnValues named(String service, String resource, String nameProperty) {
        return new ReturnValues(arn(service, resource), true, nameProperty, "Name", Set.of("Arn"));
    }

    private static ReturnValues arnRef(String service, String resource, String nameProperty, String nameAttribute, String... arnAttributes) {
        return new ReturnValues(arn(service, resource), false, nameProperty, nameAttribute,
                arnAttributes.length == 0 ? Set.of("Arn") : Set.of(arnAttributes));
    }

    private static String arn(String service, String resource) {
        return "arn:${AWS::Partition}:" + service + ":" + REGION_ACCOUNT + ":" + resource;
    }

    /**
     * Types are listed once; SAM types share the facts of the resource SAM generates under the same logical id
     * (a {@code AWS::Serverless::Function} becomes an {@code AWS::Lambda::Function}, a SAM state machine an
     * {@code AWS::StepFunctions::StateMachine}, a {@code SimpleTable} a DynamoDB table).
     */
    private static final Map<String, ReturnValues> TYPES = Map.ofEntries(
            // Ref: the function name; Arn: the function ARN.
            Map.entry("AWS::Lambda::Function", named("lambda", "function:{name}", "FunctionName")),
            Map.entry("AWS::Serverless::Function", named("lambda", "function:{name}", "FunctionName")),
            // Ref: the queue URL; Arn, QueueName, QueueUrl attributes.
            Map.entry("AWS::SQS::Queue", new ReturnValues(arn("sqs", "{name}"), false, "QueueName", "QueueName", Set.of("Arn"))),
            // Ref: the topic ARN; TopicArn, TopicName attributes.
            Map.entry("AWS::SNS::Topic", arnRef("sns", "{name}", "TopicName", "TopicName", "TopicArn")),
            // Ref: the table name; Arn, StreamArn attributes.
            Map.entry("AWS::DynamoDB::Table", named("dynamodb", "table/{name}", "TableName")),
            Map.entry("AWS::DynamoDB::GlobalTable", named("dynamodb", "table/{name}", "TableName")),
            Map.entry("AWS::Serverless::SimpleTable", named("dynamodb", "table/{name}", "TableName")),
            // Ref: the bucket name; Arn attribute (S3 ARNs carry no region or account).
            Map.entry("AWS::S3::Bucket", new ReturnValues("arn:${AWS::Partition}:s3:::{name}", true, "BucketName", "Name", Set.of("Arn"))),
            // Ref: the state machine ARN; Arn, Name attributes.
            Map.entry("AWS::StepFunctions::StateMachine", arnRef("states", "stateMachine:{name}", "StateMachineName", "Name")),
            Map.entry("AWS::Serverless::StateMachine", arnRef("states", "stateMachine:{name}", "Name", "Name")),
            // Ref: the activity ARN; Arn, Name attributes.
            Map.entry("AWS::StepFunctions::Activity", arnRef("states", "activity:{name}", "Name", "Name")),
            // Ref: the role name; Arn attribute (the path is added where the ARN is built).
            Map.entry("AWS::IAM::Role", new ReturnValues("arn:${AWS::Partition}:iam::${AWS::AccountId}:role{path}{name}", true,
                    "RoleName", "Name", Set.of("Arn"))),
            // Ref: the managed policy ARN.
            Map.entry("AWS::IAM::ManagedPolicy", new ReturnValues("arn:${AWS::Partition}:iam::${AWS::AccountId}:policy{path}{name}", false,
                    "ManagedPolicyName", "PolicyName", Set.of("PolicyArn"))),
            // Ref: the event bus name; Arn, Name attributes.
            Map.entry("AWS::Events::EventBus", named("events", "event-bus/{name}", "Name")),
            // Ref: the rule name ("bus|rule" on a custom bus); Arn attribute.
            Map.entry("AWS::Events::Rule", named("events", "rule/{name}", "Name")),
            // Ref: the task definition ARN (with its revision); TaskDefinitionArn attribute.
            Map.entry("AWS::ECS::TaskDefinition", arnRef("ecs", "task-definition/{name}:{revision}", "Family", "Family", "TaskDefinitionArn")),
            // Ref: the cluster name; Arn attribute.
            Map.entry("AWS::ECS::Cluster", named("ecs", "cluster/{name}", "ClusterName")),
            // Ref: the job queue ARN; JobQueueArn attribute.
            Map.entry("AWS::Batch::JobQueue", arnRef("batch", "job-queue/{name}", "JobQueueName", "Name", "JobQueueArn")),
            // Ref: the job definition ARN (with its revision).
            Map.entry("AWS::Batch::JobDefinition", arnRef("batch", "job-definition/{name}:{revision}", "JobDefinitionName", "Name",
                    "JobDefinitionArn")),
            // Ref: the job name; no Arn attribute, the ARN is built from the name.
            Map.entry("AWS::Glue::Job", named("glue", "job/{name}", "Name")),
            Map.entry("AWS::Glue::Crawler", named("glue", "crawler/{name}", "Name")),
            // Ref: the project name; Arn attribute.
            Map.entry("AWS::CodeBuild::Project", named("codebuild", "project/{name}", "Name")),
            // Ref: the log group name; Arn attribute ends with ":*".
            Map.entry("AWS::Logs::LogGroup", named("logs", "log-group:{name}:*", "LogGroupName")),
            // Ref: the key id; Arn, KeyId attributes.
            Map.entry("AWS::KMS::Key", new ReturnValues(arn("kms", "key/{name}"), true, null, "KeyId", Set.of("Arn"))),
            // Ref: the alias name, "alias/..."; no Arn attribute.
            Map.entry("AWS::KMS::Alias", new ReturnValues(arn("kms", "{name}"), true, "AliasName", "Name", Set.of())),
            // Ref: the stream name; Arn attribute.
            Map.entry("AWS::Kinesis::Stream", named("kinesis", "stream/{name}", "Name")),
            // Ref: the work group name.
            Map.entry("AWS::Athena::WorkGroup", named("athena", "workgroup/{name}", "Name")),
            // Ref: the cluster name; Arn attribute.
            Map.entry("AWS::EKS::Cluster", named("eks", "cluster/{name}", "Name")));

    static ReturnValues of(String type) {
        return type == null ? null : TYPES.get(type);
    }
}
