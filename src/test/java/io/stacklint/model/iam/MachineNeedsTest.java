package io.stacklint.model.iam;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.SourceModel;
import io.stacklint.model.SourceModels;
import io.stacklint.model.cfn.Template;
import io.stacklint.parse.TreeParser;
import io.stacklint.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What state machines need, one integration family at a time, over templates parsed as stacklint parses them. */
class MachineNeedsTest {
    private static final String ARN = "arn:${AWS::Partition}:";
    private static final String HERE = ":${AWS::Region}:${AWS::AccountId}:";

    /** Needs of the machine 'Flow' as "action resource" lines ("action ANY" for a run-time target). */
    static List<String> needs(String resources) {
        return lines(of(resources));
    }

    static Needs of(String resources) {
        SourceModel model = SourceModels.of(TreeParser.parse(SourceFile.of("t.yaml", "Resources:\n" + resources)));
        Template template = model.template();
        Needs needs = MachineNeeds.ofResource(template.resource("Flow").orElseThrow(), model);
        Needs again = MachineNeeds.ofResource(template.resource("Flow").orElseThrow(), template);
        assertThat(lines(needs)).as("the model's machines give what locating them again gives").isEqualTo(lines(again));
        assertThat(needs.unresolved()).isEqualTo(again.unresolved());
        return needs;
    }

    static List<String> lines(Needs needs) {
        return needs.needs().stream().map(n -> n.action() + " " + (n.anyResource() ? "ANY" : n.resource())).toList();
    }

    /** A state machine 'Flow' whose Definition is the given States (indented for 'States:'), plus other resources. */
    static String flow(String states, String more) {
        return """
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      RoleArn: arn:aws:iam::123456789012:role/flow
                      Definition:
                        StartAt: First
                        States:
                """ + states.indent(10) + more;
    }

    @Test
    void lambdaByNameArnGetAttAndLegacyResource() {
        assertThat(needs(flow("""
                First:
                  Type: Task
                  Resource: arn:aws:states:::lambda:invoke
                  Parameters: {FunctionName: charge, Payload.$: $}
                  Next: Second
                Second:
                  Type: Task
                  Resource: arn:aws:states:::lambda:invoke.waitForTaskToken
                  Parameters: {FunctionName: !GetAtt Fn.Arn, Qualifier: live}
                  Next: Third
                Third:
                  Type: Task
                  Resource: !GetAtt Fn.Arn
                  Next: Fourth
                Fourth:
                  Type: Task
                  Resource: arn:aws:states:::lambda:invoke
                  Parameters: {FunctionName.$: $.fn}
                  End: true
                """, """
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties: {Runtime: python3.12, Handler: a.b, Role: r, Code: {ZipFile: x}}
                """))).containsExactly(
                "lambda:InvokeFunction " + ARN + "lambda" + HERE + "function:charge",
                "lambda:InvokeFunction " + ARN + "lambda" + HERE + "function:${Fn}:live",
                "lambda:InvokeFunction " + ARN + "lambda" + HERE + "function:${Fn}",
                "lambda:InvokeFunction ANY");
    }

    @Test
    void dynamodbSqsSnsAndEventBridgeTargets() {
        Needs needs = of(flow("""
                First:
                  Type: Task
                  Resource: arn:aws:states:::dynamodb:putItem
                  Parameters: {TableName: !Ref Orders, Item: {}}
                  Next: Queue
                Queue:
                  Type: Task
                  Resource: arn:aws:states:::sqs:sendMessage.waitForTaskToken
                  Parameters: {QueueUrl: !Ref Work, MessageBody: {TaskToken.$: $$.Task.Token}}
                  Next: Notify
                Notify:
                  Type: Task
                  Resource: arn:aws:states:::sns:publish
                  Parameters: {TopicArn: !Ref Topic, Message: done}
                  Next: Announce
                Announce:
                  Type: Task
                  Resource: arn:aws:states:::events:putEvents
                  Parameters:
                    Entries:
                      - {Source: shop, DetailType: d, Detail: {}}
                      - {Source: shop, DetailType: d, Detail: {}, EventBusName: !Ref Bus}
                  End: true
                """, """
                  Orders: {Type: AWS::DynamoDB::Table}
                  Work: {Type: AWS::SQS::Queue}
                  Topic: {Type: AWS::SNS::Topic}
                  Bus: {Type: AWS::Events::EventBus, Properties: {Name: shop}}
                """));
        assertThat(lines(needs)).containsExactly(
                "dynamodb:PutItem " + ARN + "dynamodb" + HERE + "table/${Orders}",
                "sqs:SendMessage " + ARN + "sqs" + HERE + "${Work.QueueName}",
                "sns:Publish " + ARN + "sns" + HERE + "${Topic.TopicName}",
                "events:PutEvents " + ARN + "events" + HERE + "event-bus/default",
                "events:PutEvents " + ARN + "events" + HERE + "event-bus/shop");
        assertThat(needs.complete()).isTrue();
        assertThat(needs.needs().get(0).purpose()).isEqualTo("Task 'First' (dynamodb:putItem)");
        assertThat(needs.needs().get(0).at().text()).isEqualTo("arn:aws:states:::dynamodb:putItem");
    }

    @Test
    void nestedStateMachineSync2NeedsItsExecutionsAndTheManagedRule() {
        assertThat(needs(flow("""
                First:
                  Type: Task
                  Resource: arn:aws:states:::states:startExecution.sync:2
                  Parameters: {StateMachineArn: !Ref Child, Input: {}}
                  End: true
                """, """
                  Child:
                    Type: AWS::StepFunctions::StateMachine
                    Properties: {StateMachineName: child, RoleArn: r, Definition: {StartAt: A, States: {A: {Type: Pass, End: true}}}}
                """))).containsExactly(
                "states:StartExecution " + ARN + "states" + HERE + "stateMachine:child",
                "states:DescribeExecution " + ARN + "states" + HERE + "execution:child:*",
                "states:StopExecution " + ARN + "states" + HERE + "execution:child:*",
                "events:PutTargets " + ARN + "events" + HERE + "rule/StepFunctionsGetEventsForStepFunctionsExecutionRule",
                "events:PutRule " + ARN + "events" + HERE + "rule/StepFunctionsGetEventsForStepFunctionsExecutionRule",
                "events:DescribeRule " + ARN + "events" + HERE + "rule/StepFunctionsGetEventsForStepFunctionsExecutionRule");
    }

    @Test
    void ecsSyncPassesTheTaskDefinitionsRoles() {
        assertThat(needs(flow("""
                First:
                  Type: Task
                  Resource: arn:aws:states:::ecs:runTask.sync
                  Parameters: {Cluster: !GetAtt Cluster.Arn, TaskDefinition: !Ref Task, LaunchType: FARGATE}
                  End: true
                """, """
                  Cluster: {Type: AWS::ECS::Cluster}
                  Task:
                    Type: AWS::ECS::TaskDefinition
                    Properties:
                      Family: report
                      TaskRoleArn: !GetAtt TaskRole.Arn
                      ExecutionRoleArn: !Ref ExecRole
                      ContainerDefinitions: [{Name: c, Image: i}]
                  TaskRole: {Type: AWS::IAM::Role}
                  ExecRole: {Type: AWS::IAM::Role}
                """))).contains(
                "ecs:RunTask " + ARN + "ecs" + HERE + "task-definition/report:${Task.Revision}",
                "ecs:StopTask *", "ecs:DescribeTasks *",
                "events:PutRule " + ARN + "events" + HERE + "rule/StepFunctionsGetEventsForECSTaskRule",
                "iam:PassRole " + ARN + "iam::${AWS::AccountId}:role/${TaskRole}",
                "iam:PassRole " + ARN + "iam::${AWS::AccountId}:role/${ExecRole}");
    }

    @Test
    void ecsTaskDefinitionFromElsewhereLeavesPassRoleUnknown() {
        Needs needs = of(flow("""
                First:
                  Type: Task
                  Resource: arn:aws:states:::ecs:runTask
                  Parameters: {TaskDefinition: "arn:aws:ecs:eu-west-1:123456789012:task-definition/other:3"}
                  End: true
                """, ""));
        assertThat(lines(needs)).containsExactly("ecs:RunTask arn:aws:ecs:eu-west-1:123456789012:task-definition/other:3");
        assertThat(needs.complete()).isFalse();
        assertThat(needs.unresolved()).singleElement().asString().contains("iam:PassRole it needs is not known");
    }

    @Test
    void batchGlueAndAthena() {
        List<String> needs = needs(flow("""
                First:
                  Type: Task
                  Resource: arn:aws:states:::batch:submitJob.sync
                  Parameters: {JobName: j, JobDefinition: !Ref JobDef, JobQueue: !Ref Queue}
                  Next: Glue
                Glue:
                  Type: Task
                  Resource: arn:aws:states:::glue:startJobRun.sync
                  Parameters: {JobName: !Ref Etl}
                  Next: Query
                Query:
                  Type: Task
                  Resource: arn:aws:states:::athena:startQueryExecution.sync
                  Parameters: {QueryString: SELECT 1, WorkGroup: analysts}
                  End: true
                """, """
                  JobDef: {Type: AWS::Batch::JobDefinition, Properties: {Type: container, JobDefinitionName: crunch}}
                  Queue: {Type: AWS::Batch::JobQueue, Properties: {JobQueueName: jobs}}
                  Etl: {Type: AWS::Glue::Job, Properties: {Name: etl}}
                """));
        assertThat(needs).contains(
                "batch:SubmitJob " + ARN + "batch" + HERE + "job-definition/crunch:${JobDef.Revision}",
                "batch:SubmitJob " + ARN + "batch" + HERE + "job-queue/jobs",
                "batch:DescribeJobs *", "batch:TerminateJob *",
                "events:PutRule " + ARN + "events" + HERE + "rule/StepFunctionsGetEventsForBatchJobsRule",
                "glue:StartJobRun " + ARN + "glue" + HERE + "job/etl",
                "glue:BatchStopJobRun " + ARN + "glue" + HERE + "job/etl",
                "athena:StartQueryExecution " + ARN + "athena" + HERE + "workgroup/analysts",
                "athena:GetDataCatalog " + ARN + "athena" + HERE + "datacatalog/AwsDataCatalog",
                "s3:GetObject ANY", "lakeformation:GetDataAccess *");
    }

    @Test
    void awsSdkS3AndPrefixExceptions() {
        Needs needs = of(flow("""
                First:
                  Type: Task
                  Resource: arn:aws:states:::aws-sdk:s3:getObject
                  Parameters: {Bucket: !Ref Data, Key: input/orders.json}
                  Next: List
                List:
                  Type: Task
                  Resource: arn:aws:states:::aws-sdk:s3:listBuckets
                  Next: Describe
                Describe:
                  Type: Task
                  Resource: arn:aws:states:::aws-sdk:sfn:describeExecution
                  Parameters: {ExecutionArn.$: $.arn}
                  End: true
                """, """
                  Data: {Type: AWS::S3::Bucket}
                """));
        assertThat(lines(needs)).containsExactly(
                "s3:GetObject " + ARN + "s3:::${Data}/input/orders.json",
                "s3:ListAllMyBuckets ANY",
                "states:DescribeExecution ANY");
        assertThat(needs.complete()).isTrue();
        assertThat(needs.needs()).allMatch(PermissionNeed::confirmed);
    }

    @Test
    void anSdkOperationWhoseIamActionIsNamedOtherwiseIsNotConfirmed() {
        Needs needs = of(flow("""
                First:
                  Type: Task
                  Resource: arn:aws:states:::aws-sdk:s3:getObjectMetadataThatDoesNotExist
                  End: true
                """, ""));
        assertThat(needs.needs()).singleElement().satisfies(need -> {
            assertThat(need.action()).isEqualTo("s3:GetObjectMetadataThatDoesNotExist");
            assertThat(need.confirmed()).isFalse();
        });
    }

    @Test
    void distributedMapChildExecutionsItemReaderAndResultWriter() {
        assertThat(needs(flow("""
                First:
                  Type: Map
                  ItemReader:
                    Resource: arn:aws:states:::s3:getObject
                    ReaderConfig: {InputType: CSV}
                    Parameters: {Bucket: !Ref Data, Key: items.csv}
                  ResultWriter:
                    Resource: arn:aws:states:::s3:putObject
                    Parameters: {Bucket: !Ref Data, Prefix: results}
                  ItemProcessor:
                    ProcessorConfig: {Mode: DISTRIBUTED, ExecutionType: STANDARD}
                    StartAt: Work
                    States:
                      Work:
                        Type: Task
                        Resource: arn:aws:states:::lambda:invoke
                        Parameters: {FunctionName: worker}
                        End: true
                  End: true
                """, """
                  Data: {Type: AWS::S3::Bucket}
                """))).containsExactlyInAnyOrder(
                "lambda:InvokeFunction " + ARN + "lambda" + HERE + "function:worker",
                "states:StartExecution " + ARN + "states" + HERE + "stateMachine:${Flow.Name}",
                "states:DescribeExecution " + ARN + "states" + HERE + "execution:${Flow.Name}/*",
                "states:StopExecution " + ARN + "states" + HERE + "execution:${Flow.Name}/*",
                "s3:GetObject " + ARN + "s3:::${Data}/items.csv",
                "s3:PutObject " + ARN + "s3:::${Data}/results/*",
                "s3:GetObject " + ARN + "s3:::${Data}/results/*",
                "s3:ListMultipartUploadParts " + ARN + "s3:::${Data}/results/*",
                "s3:AbortMultipartUpload " + ARN + "s3:::${Data}/results/*");
    }

    @Test
    void httpTaskNeedsTheEndpointTheConnectionAndItsSecret() {
        assertThat(needs(flow("""
                First:
                  Type: Task
                  Resource: arn:aws:states:::http:invoke
                  Parameters:
                    ApiEndpoint: https://api.example.com/orders
                    Method: GET
                    Authentication: {ConnectionArn: "arn:aws:events:eu-west-1:123456789012:connection/shop/0a1b"}
                  End: true
                """, ""))).containsExactly(
                "states:InvokeHTTPEndpoint *",
                "events:RetrieveConnectionCredentials arn:aws:events:eu-west-1:123456789012:connection/shop/0a1b",
                "secretsmanager:GetSecretValue arn:aws:secretsmanager:eu-west-1:123456789012:secret:events!connection/shop/*",
                "secretsmanager:DescribeSecret arn:aws:secretsmanager:eu-west-1:123456789012:secret:events!connection/shop/*");
    }

    @Test
    void httpTaskConnectionOfTheTemplateNamesItsSecret() {
        assertThat(needs(flow("""
                First:
                  Type: Task
                  Resource: arn:aws:states:::http:invoke
                  Parameters: {ApiEndpoint: https://api.example.com, Method: GET, Authentication: {ConnectionArn: !GetAtt Api.Arn}}
                  End: true
                """, """
                  Api: {Type: AWS::Events::Connection, Properties: {Name: shop, AuthorizationType: API_KEY}}
                """))).contains(
                "events:RetrieveConnectionCredentials ${Api.Arn}",
                "secretsmanager:GetSecretValue " + ARN + "secretsmanager" + HERE + "secret:events!connection/shop/*");
    }

    @Test
    void aParameterNamedArnHoldsTheWholeArn() {
        assertThat(needs("""
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      RoleArn: r
                      Definition:
                        StartAt: A
                        States:
                          A:
                            Type: Task
                            Resource: arn:aws:states:::batch:submitJob
                            Parameters: {JobName: j, JobQueue: !Ref QueueArn, JobDefinition: nightly}
                            End: true
                """.replace("Resources:\n", "") + "Parameters:\n  QueueArn: {Type: String}\n")).containsExactly(
                "batch:SubmitJob " + ARN + "batch" + HERE + "job-definition/nightly:*",
                "batch:SubmitJob ${QueueArn}");
    }

    @Test
    void loggingTracingAndCustomerManagedKey() {
        Needs needs = of("""
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      RoleArn: arn:aws:iam::123456789012:role/flow
                      LoggingConfiguration:
                        Level: ERROR
                        Destinations: [{CloudWatchLogsLogGroup: {LogGroupArn: !GetAtt Logs.Arn}}]
                      TracingConfiguration: {Enabled: true}
                      EncryptionConfiguration: {Type: CUSTOMER_MANAGED_KMS_KEY, KmsKeyId: !GetAtt Key.Arn}
                      Definition: {StartAt: A, States: {A: {Type: Pass, End: true}}}
                  Logs: {Type: AWS::Logs::LogGroup}
                  Key: {Type: AWS::KMS::Key}
                """);
        assertThat(lines(needs)).contains("logs:CreateLogDelivery *", "logs:DescribeLogGroups *", "xray:PutTraceSegments *",
                "xray:GetSamplingTargets *", "kms:Decrypt " + ARN + "kms" + HERE + "key/${Key}",
                "kms:GenerateDataKey " + ARN + "kms" + HERE + "key/${Key}");
        // AWS's example logging policy also lists logs:CreateLogStream and logs:PutLogEvents: carried unconfirmed.
        assertThat(needs.needs()).filteredOn(n -> n.action().startsWith("logs:") && !n.confirmed())
                .extracting(PermissionNeed::action).containsExactly("logs:CreateLogStream", "logs:PutLogEvents");
        assertThat(needs.needs()).filteredOn(n -> n.action().startsWith("logs:") && n.confirmed()).hasSize(8)
                .allSatisfy(n -> assertThat(n.at().text()).isEqualTo("LoggingConfiguration"));
    }

    @Test
    void loggingOffAndTracingDisabledNeedNothing() {
        assertThat(needs("""
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      RoleArn: r
                      LoggingConfiguration: {Level: "OFF"}
                      TracingConfiguration: {Enabled: false}
                      Definition: {StartAt: A, States: {A: {Type: Pass, End: true}}}
                """)).isEmpty();
    }

    @Test
    void definitionStringWithSubAndSubstitutionsAndFnIfVariants() {
        assertThat(needs("""
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      RoleArn: r
                      DefinitionSubstitutions:
                        TableName: !If [Prod, orders, orders-test]
                      DefinitionString: !Sub
                        - |
                          {"StartAt": "A", "States": {
                            "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                                  "Parameters": {"FunctionName": "${Worker}"}, "Next": "B"},
                            "B": {"Type": "Parallel", "End": true, "Branches": [{"StartAt": "C", "States": {
                              "C": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                                    "Parameters": {"QueueUrl": "${Work}", "MessageBody": "x"}, "Next": "D"},
                              "D": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem",
                                    "Parameters": {"TableName": "${!TableName}", "Key": {}}, "End": true}}}]}}}
                        - Worker: !GetAtt Fn.Arn
                  Fn: {Type: AWS::Lambda::Function, Properties: {FunctionName: worker}}
                  Work: {Type: AWS::SQS::Queue, Properties: {QueueName: work}}
                """)).containsExactly(
                "lambda:InvokeFunction " + ARN + "lambda" + HERE + "function:worker",
                "sqs:SendMessage " + ARN + "sqs" + HERE + "work",
                "dynamodb:GetItem " + ARN + "dynamodb" + HERE + "table/orders",
                "dynamodb:GetItem " + ARN + "dynamodb" + HERE + "table/orders-test");
    }

    @Test
    void aResourceThatTheDefinitionStringsSubFillsIsReadThroughTheTemplate() {
        Needs needs = of("""
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      RoleArn: r
                      DefinitionString: !Sub '{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "${Fn.Arn}", "End": true}}}'
                  Fn: {Type: AWS::Lambda::Function}
                """);
        assertThat(lines(needs)).containsExactly("lambda:InvokeFunction " + ARN + "lambda" + HERE + "function:${Fn}");
        assertThat(needs.needs().get(0).at().span().startPosition().toString()).as("inside the embedded string").isEqualTo("6:93");
    }

    @Test
    void jsonataTargetsAreChosenAtRunTime() {
        assertThat(needs(flow("""
                First:
                  Type: Task
                  QueryLanguage: JSONata
                  Resource: arn:aws:states:::sns:publish
                  Arguments: {TopicArn: "{% $states.input.topic %}", Message: hi}
                  End: true
                """, ""))).containsExactly("sns:Publish ANY");
    }

    @Test
    void whatCannotBeKnownMakesTheNeedsIncomplete() {
        Needs s3 = of("""
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      RoleArn: r
                      DefinitionS3Location: {Bucket: b, Key: k}
                """);
        assertThat(s3.complete()).isFalse();
        assertThat(s3.unresolved()).singleElement().asString().contains("DefinitionS3Location").contains("S3");
        Needs unknown = of(flow("""
                First:
                  Type: Task
                  Resource: !Ref TaskArn
                  Next: Second
                Second:
                  Type: Task
                  Resource: arn:aws:states:::bedrock:createModelCustomizationJob.sync
                  End: true
                """, ""));
        assertThat(unknown.complete()).isFalse();
        assertThat(unknown.unresolved()).hasSize(2).anySatisfy(r -> assertThat(r).contains("not recorded"));
    }

    @Test
    void activitiesNeedNoPermissionOfTheRole() {
        Needs needs = of(flow("""
                First:
                  Type: Task
                  Resource: !Ref Review
                  End: true
                """, """
                  Review: {Type: AWS::StepFunctions::Activity, Properties: {Name: review}}
                """));
        assertThat(needs.needs()).isEmpty();
        assertThat(needs.complete()).isTrue();
    }

    @Test
    void malformedFieldsGiveAnyResourceNeedsNeverAnException() {
        Needs needs = of("""
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      RoleArn: r
                      LoggingConfiguration: everything
                      EncryptionConfiguration: {Type: CUSTOMER_MANAGED_KMS_KEY}
                      Definition:
                        StartAt: A
                        States:
                          A:
                            Type: Task
                            Resource: arn:aws:states:::lambda:invoke
                            Parameters: [FunctionName, f]
                            Next: B
                          B:
                            Type: Task
                            Resource: arn:aws:states:::events:putEvents
                            Parameters: {Entries: not-a-list}
                            Next: C
                          C:
                            Type: Task
                            Resource: arn:aws:states:::sqs:sendMessage
                            Parameters: {QueueUrl: {Nested: map}}
                            Next: D
                          D:
                            Type: Map
                            ItemReader: {ReaderConfig: {}}
                            ItemProcessor:
                              ProcessorConfig: {Mode: DISTRIBUTED}
                              StartAt: E
                              States: {E: {Type: Pass, End: true}}
                            End: true
                """);
        assertThat(lines(needs)).contains("lambda:InvokeFunction ANY", "sqs:SendMessage ANY",
                "kms:Decrypt ANY", "states:StartExecution " + ARN + "states" + HERE + "stateMachine:${Flow.Name}");
        assertThat(lines(needs)).noneMatch(line -> line.startsWith("logs:"));
    }
}
