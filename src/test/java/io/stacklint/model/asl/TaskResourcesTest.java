package io.stacklint.model.asl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Task Resource table: forms seen in real workflows pass, the ones AWS rejects do not. */
class TaskResourcesTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "arn:aws:states:::lambda:invoke", "arn:aws:states:::lambda:invoke.waitForTaskToken",
        "arn:aws:states:::sns:publish", "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        "arn:aws:states:::dynamodb:putItem", "arn:aws:states:::dynamodb:updateItem", "arn:aws:states:::dynamodb:deleteItem",
        "arn:aws:states:::events:putEvents.waitForTaskToken", "arn:aws:states:::states:startExecution.sync:2",
        "arn:aws:states:::states:startExecution.sync", "arn:aws:states:::states:startExecution.waitForTaskToken",
        "arn:aws:states:::apigateway:invoke.waitForTaskToken", "arn:aws:states:::athena:getQueryResults",
        "arn:aws:states:::athena:startQueryExecution.sync", "arn:aws:states:::batch:submitJob.sync",
        "arn:aws:states:::bedrock:invokeModel", "arn:aws:states:::bedrock:createModelCustomizationJob.sync",
        "arn:aws:states:::bedrock:invokeModel.waitForTaskToken", "arn:aws:states:::eks:runJob.sync",
        "arn:aws:states:::http:invoke", "arn:aws:states:::mediaconvert:createJob.sync",
        "arn:aws:states:::elasticmapreduce:addStep.sync", "arn:aws:states:::elasticmapreduce:terminateCluster",
        "arn:aws:states:::sagemaker:createTransformJob.sync", "arn:aws:states:::sagemaker:createModel",
        "arn:aws:states:::glue:startJobRun", "arn:aws:states:::ecs:runTask.sync",
        "arn:aws:states:::aws-sdk:s3:getObject", "arn:aws:states:::aws-sdk:sfn:sendTaskSuccess.waitForTaskToken",
        "arn:aws:states:us-east-1:123456789012:aws-sdk:transcribe:startTranscriptionJob",
        "arn:aws:states:us-east-1:123456789012:activity:hello-world",
        "arn:aws:lambda:us-east-1:123456789012:function:HelloWorld",
        "arn:aws:lambda:region-1:1234567890:function:FUNCTION_NAME:$LATEST",
        "arn:aws:lambda:region-1:1234567890:function:FUNCTION_NAME:AZaz12-_",
        "arn:aws-cn:lambda:cn-north-1:123456789012:function:f:7",
        "arn:${AWS::Partition}:states:::sqs:sendMessage.waitForTaskToken",
        "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${FunctionName}",
        "${ProcessFunctionArn}", "${Prefix}:invoke", "arn:aws:states:::${Service}:${Action}",
    })
    void acceptsKnownForms(String resource) {
        assertThat(TaskResources.problem(resource)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "arn:aws:states:::dynamodb:query|'dynamodb:query' is not an optimized integration",
        "arn:aws:states:::lambda:listFunctions|'lambda:listFunctions' is not an optimized integration",
        "arn:aws:states:::lambda:invoke.sync|does not support '.sync'",
        "arn:aws:states:::dynamodb:getItem.waitForTaskToken|does not support '.waitForTaskToken'",
        "arn:aws:states:::athena:getQueryResults.sync|does not support '.sync'",
        "arn:aws:states:::sagemaker:createModel.waitForTaskToken|does not support '.waitForTaskToken'",
        "arn:aws:states:::s3:getObject|'s3' is not a service with optimized integrations",
        "arn:aws:states:::aws-sdk:s3:getObject.sync|AWS SDK integrations do not support '.sync'",
        "arn:aws:lambda:region-1:1234567890:function:FUNCTION_NAME:|no version or alias follows",
        "arn:aws:lambda:region-1:1234567890:function:FUNCTION_NAME:$*#$7485|is not a Lambda version or alias",
        "arn:aws:swf:us-east-1:123456789012:task:X|'swf' ARNs cannot be a Task Resource",
        "arn:amazon:states:::lambda:invoke|partition 'amazon'",
        "foo:bar|it is not an ARN",
        "${lambdaArn|placeholder that is never closed",
        "arn:aws:lambda:us-east-1:123456789012:function:${}|placeholder names nothing",
        "arn:aws:lambda:us-east-1:${AWS::AccountId:function:f|placeholder that is never closed",
    })
    void rejectsWhatAwsRejects(String resource, String reason) {
        assertThat(TaskResources.problem(resource)).contains(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "arn:aws:states:::sqs:sendMessage.waitForTaskToken|.waitForTaskToken",
        "arn:aws:states:::states:startExecution.sync:2|.sync:2",
        "arn:aws:states:::glue:startJobRun.sync|.sync",
    })
    void namesThePattern(String resource, String pattern) {
        assertThat(TaskResources.pattern(resource)).isEqualTo(pattern);
        assertThat(TaskResources.pattern("arn:aws:states:::lambda:invoke")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "OK", value = {
        "2026-01-01T00:00:00Z|OK", "2026-01-01T00:00:00.123456+05:30|OK", "2028-02-29T23:59:60Z|OK",
        "2026-01-01|is not an RFC 3339 date-time", "2026-01-01T00:00:00|has no time zone",
        "2026-01-01t00:00:00z|lowercase", "2026-02-29T00:00:00Z|does not exist", "2026-01-01T24:00:00Z|out of range",
    })
    void timestamps(String text, String problem) {
        if (problem == null) {
            assertThat(AslTimestamp.problem(text)).isNull();
        } else {
            assertThat(AslTimestamp.problem(text)).contains(problem);
        }
    }
}
