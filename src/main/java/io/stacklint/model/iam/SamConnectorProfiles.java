package io.stacklint.model.iam;

import java.util.List;
import java.util.Map;

/**
 * What a SAM connector from a state machine grants the machine's role, per destination type and access category:
 * SAM's connector profiles ({@code samtranslator/model/connector_profiles/profiles.json} at aws/serverless-application-model
 * 7000d0a3, source {@code AWS::StepFunctions::StateMachine}), restated. In a resource, {@code %{Arn}} is the
 * destination's ARN and {@code %{Name}} its name.
 */
final class SamConnectorProfiles {
    record Statement(List<String> actions, List<String> resources) {
    }

    private static final String RA = "${AWS::Region}:${AWS::AccountId}";
    private static final String EXECUTIONS = "arn:${AWS::Partition}:states:" + RA + ":execution:%{Name}:*";
    private static final String SYNC_RULE = "arn:${AWS::Partition}:events:" + RA + ":rule/StepFunctionsGetEventsForStepFunctionsExecutionRule";
    private static final List<String> ARN_AND_OBJECTS = List.of("%{Arn}", "%{Arn}/*");
    private static final List<String> ARN_AND_INDEXES = List.of("%{Arn}", "%{Arn}/index/*");

    private static final Map<String, Map<String, List<Statement>>> PROFILES = Map.of(
            "AWS::Lambda::Function", Map.of("Write", List.of(new Statement(List.of("lambda:InvokeAsync", "lambda:InvokeFunction"), List.of("%{Arn}")))),
            "AWS::SNS::Topic", Map.of("Write", List.of(new Statement(List.of("sns:Publish"), List.of("%{Arn}")))),
            "AWS::SQS::Queue", Map.of("Write", List.of(new Statement(List.of("sqs:SendMessage"), List.of("%{Arn}")))),
            "AWS::S3::Bucket", Map.of(
                    "Read", List.of(new Statement(List.of("s3:GetObject", "s3:GetObjectAcl", "s3:GetObjectLegalHold", "s3:GetObjectRetention",
                            "s3:GetObjectTorrent", "s3:GetObjectVersion", "s3:GetObjectVersionAcl", "s3:GetObjectVersionForReplication",
                            "s3:GetObjectVersionTorrent", "s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:ListBucketVersions",
                            "s3:ListMultipartUploadParts"), ARN_AND_OBJECTS)),
                    "Write", List.of(new Statement(List.of("s3:AbortMultipartUpload", "s3:DeleteObject", "s3:DeleteObjectVersion", "s3:PutObject",
                            "s3:PutObjectLegalHold", "s3:PutObjectRetention", "s3:RestoreObject"), ARN_AND_OBJECTS))),
            "AWS::DynamoDB::Table", Map.of(
                    "Read", List.of(new Statement(List.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:BatchGetItem",
                            "dynamodb:ConditionCheckItem", "dynamodb:PartiQLSelect"), ARN_AND_INDEXES)),
                    "Write", List.of(new Statement(List.of("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem",
                            "dynamodb:PartiQLDelete", "dynamodb:PartiQLInsert", "dynamodb:PartiQLUpdate"), ARN_AND_INDEXES))),
            "AWS::StepFunctions::StateMachine", Map.of(
                    "Read", List.of(new Statement(List.of("states:DescribeExecution"), List.of(EXECUTIONS)),
                            new Statement(List.of("events:DescribeRule"), List.of(SYNC_RULE))),
                    "Write", List.of(new Statement(List.of("states:StartExecution"), List.of("%{Arn}")),
                            new Statement(List.of("states:StopExecution"), List.of(EXECUTIONS)),
                            new Statement(List.of("events:PutTargets", "events:PutRule"), List.of(SYNC_RULE)))),
            "AWS::Events::EventBus", Map.of("Write", List.of(new Statement(List.of("events:PutEvents"), List.of("%{Arn}")))));

    /** SAM types connect as the CloudFormation types they become. */
    private static final Map<String, String> SAM_TYPES = Map.of("AWS::Serverless::Function", "AWS::Lambda::Function",
            "AWS::Serverless::StateMachine", "AWS::StepFunctions::StateMachine", "AWS::Serverless::SimpleTable", "AWS::DynamoDB::Table");

    private SamConnectorProfiles() {
    }

    static String cfnType(String type) {
        return type == null ? null : SAM_TYPES.getOrDefault(type, type);
    }

    /** The statements for a destination type and category ("Read", "Write"); null when SAM has no such profile. */
    static List<Statement> statements(String destinationType, String category) {
        Map<String, List<Statement>> categories = PROFILES.get(cfnType(destinationType));
        return categories == null ? null : categories.get(category);
    }
}
