package io.stacklint.model.asl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The integration catalog: Task Resource forms seen in real workflows pass, the ones AWS rejects do not. */
class IntegrationCatalogTest {
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
        assertThat(TaskResourceProblems.of(resource)).isNull();
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
        assertThat(TaskResourceProblems.of(resource)).contains(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "arn:aws:states:::sqs:sendMessage.waitForTaskToken|.waitForTaskToken",
        "arn:aws:states:::states:startExecution.sync:2|.sync:2",
        "arn:aws:states:::glue:startJobRun.sync|.sync",
    })
    void namesThePattern(String resource, String pattern) {
        assertThat(Integration.parse(resource).pattern().suffix()).isEqualTo(pattern);
        assertThat(Integration.parse("arn:aws:states:::lambda:invoke").pattern()).isEqualTo(IntegrationPattern.REQUEST_RESPONSE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "arn:aws:states:::lambda:invoke|optimized|lambda|invoke|request-response",
        "arn:aws:states:::states:startExecution.sync:2|optimized|states|startExecution|sync:2",
        "arn:${AWS::Partition}:states:::sqs:sendMessage.waitForTaskToken|optimized|sqs|sendMessage|waitForTaskToken",
        "arn:aws:states:::aws-sdk:s3:getObject|aws-sdk|s3|getObject|request-response",
        "arn:aws:states:::http:invoke|http|http|invoke|request-response",
        "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${Fn}:live|lambda-function|lambda|invoke|request-response",
        "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:activity:Review|activity|states|-|-",
        "arn:aws:states:::aws-sdk:${Service}:getItem|aws-sdk|-|getItem|request-response",
    })
    void readsKindServiceActionAndPattern(String resource, String kind, String service, String action, String pattern) {
        Integration integration = Integration.parse(resource);
        assertThat(integration.kind().written()).isEqualTo(kind);
        assertThat(integration.service()).isEqualTo(service);
        assertThat(integration.action()).isEqualTo(action);
        assertThat(integration.pattern() == null ? null : integration.pattern().written()).isEqualTo(pattern);
    }

    @ParameterizedTest
    @ValueSource(strings = {"${FnArn}", "arn:aws:sqs:us-east-1:123456789012:q", "not an arn", "arn:aws:states:::${Service}:invoke"})
    void otherTextsNameNoIntegration(String resource) {
        assertThat(Integration.parse(resource)).isNull();
    }

    @org.junit.jupiter.api.Test
    void givesTheIamOfEachPatternFromTheResearch() {
        IntegrationCatalog catalog = IntegrationCatalog.get();
        assertThat(catalog.task("states", "startExecution", IntegrationPattern.SYNC2).orElseThrow().grants())
                .extracting(IntegrationGrant::action)
                .contains("states:StartExecution", "states:DescribeExecution", "states:StopExecution", "events:PutRule");
        IntegrationGrant invoke = catalog.task("lambda", "invoke", IntegrationPattern.REQUEST_RESPONSE).orElseThrow().grants().get(0);
        assertThat(invoke).isEqualTo(new IntegrationGrant("lambda:InvokeFunction", null, "FunctionName", "lambda-function", null, true));
        assertThat(catalog.task("dynamodb", "getItem", IntegrationPattern.CALLBACK)).as("not offered").isEmpty();
        assertThat(catalog.task("bedrock", "createModelCustomizationJob", IntegrationPattern.SYNC).orElseThrow().recorded())
                .as("offered, but its IAM is not in the research").isFalse();
        assertThat(catalog.sdk("sfn", "describeExecution").grants().get(0).action()).as("SDK name sfn is IAM prefix states")
                .isEqualTo("states:DescribeExecution");
        assertThat(catalog.sdk("s3", "listBuckets").grants().get(0).action()).isEqualTo("s3:ListAllMyBuckets");
        assertThat(catalog.sdk("s3", "headObject").confirmed()).as("an unconfirmed research row").isFalse();
        assertThat(catalog.config("tracing").grants()).extracting(IntegrationGrant::resource).containsOnly("*");
    }

    /** Loads classes from the build output only, and says which it has loaded. */
    private static final class IsolatedLoader extends java.net.URLClassLoader {
        IsolatedLoader() {
            super(new java.net.URL[] {Integration.class.getProtectionDomain().getCodeSource().getLocation()},
                    ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(Class<?> type) {
            return findLoadedClass(type.getName()) != null;
        }
    }

    @org.junit.jupiter.api.Test
    void readingAResourceLoadsNoCatalogJudgingOneDoes() throws Exception {
        try (IsolatedLoader loader = new IsolatedLoader()) {
            loader.loadClass(Integration.class.getName()).getMethod("parse", String.class).invoke(null, "arn:aws:states:::lambda:invoke");
            assertThat(loader.loaded(IntegrationCatalog.class)).as("start-up: the catalog loads on first use only").isFalse();
            loader.loadClass(TaskResourceProblems.class.getName()).getMethod("of", String.class).invoke(null, "arn:aws:states:::lambda:invoke");
            assertThat(loader.loaded(IntegrationCatalog.class)).isTrue();
        }
    }

    /**
     * The catalog builds a row's grants when a run first asks for that row: every task, sdk-task and config row of
     * the file must build, so that a malformed cell fails here rather than in the run of the one template that uses it.
     */
    @Test
    void everyRowBuilds() throws IOException {
        IntegrationCatalog catalog = IntegrationCatalog.get();
        String text;
        try (InputStream in = IntegrationCatalog.class.getResourceAsStream("/io/stacklint/asl/integrations.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int built = 0;
        for (String line : text.split("\n")) {
            String[] cols = line.split("\t", -1);
            switch (cols[0]) {
                case "task" -> assertThat(catalog.task(cols[1], cols[2], IntegrationPattern.named(cols[3]))).as(line).isPresent();
                case "sdk-task" -> assertThat(catalog.sdk(cols[1], cols[2]).name()).as(line).isEqualTo("aws-sdk:" + cols[1] + ":" + cols[2]);
                case "config" -> assertThat(catalog.config(cols[1])).as(line).isNotNull();
                default -> {
                    continue;
                }
            }
            built++;
        }
        assertThat(built).isGreaterThan(100);
    }
}
