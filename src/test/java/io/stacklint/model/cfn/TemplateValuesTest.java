package io.stacklint.model.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.SourceModels;
import io.stacklint.parse.TreeParser;
import io.stacklint.source.SourceFile;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import org.junit.jupiter.api.Test;

class TemplateValuesTest {
    private static final String P = "arn:${AWS::Partition}:";
    private static final String RA = "${AWS::Region}:${AWS::AccountId}:";

    private static final Template TEMPLATE = template("""
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              Stage: {Type: String}
              QueueArnParam: {Type: String}
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
            Mappings:
              Names: {prod: {Table: orders-prod}}
            Resources:
              Fn: {Type: AWS::Lambda::Function}
              NamedFn: {Type: AWS::Lambda::Function, Properties: {FunctionName: orders}}
              SubNamedFn: {Type: AWS::Lambda::Function, Properties: {FunctionName: !Sub "${AWS::StackName}-${Stage}-fn"}}
              Version: {Type: AWS::Lambda::Version, Properties: {FunctionName: !Ref Fn}}
              Alias: {Type: AWS::Lambda::Alias, Properties: {FunctionName: !GetAtt Fn.Arn, Name: live, FunctionVersion: !GetAtt Version.Version}}
              Queue: {Type: AWS::SQS::Queue}
              Topic: {Type: AWS::SNS::Topic}
              Table: {Type: AWS::DynamoDB::Table}
              Bucket: {Type: AWS::S3::Bucket}
              Machine: {Type: AWS::StepFunctions::StateMachine}
              Activity: {Type: AWS::StepFunctions::Activity, Properties: {Name: work}}
              Role: {Type: AWS::IAM::Role}
              PathRole: {Type: AWS::IAM::Role, Properties: {Path: /service/, RoleName: runner}}
              Bus: {Type: AWS::Events::EventBus, Properties: {Name: orders}}
              Rule: {Type: AWS::Events::Rule}
              BusRule: {Type: AWS::Events::Rule, Properties: {EventBusName: !Ref Bus}}
              TaskDef: {Type: AWS::ECS::TaskDefinition}
              Cluster: {Type: AWS::ECS::Cluster}
              JobQueue: {Type: AWS::Batch::JobQueue}
              JobDef: {Type: AWS::Batch::JobDefinition}
              GlueJob: {Type: AWS::Glue::Job}
              Build: {Type: AWS::CodeBuild::Project}
              Logs: {Type: AWS::Logs::LogGroup}
              Key: {Type: AWS::KMS::Key}
              KeyAlias: {Type: AWS::KMS::Alias, Properties: {AliasName: alias/orders, TargetKeyId: !Ref Key}}
              SamFn: {Type: AWS::Serverless::Function, Properties: {AutoPublishAlias: live}}
              SamMachine: {Type: AWS::Serverless::StateMachine, Properties: {}}
              PathMachine: {Type: AWS::Serverless::StateMachine, Properties: {RolePath: /workflows/}}
              Secret: {Type: AWS::SecretsManager::Secret}
              Probe:
                Type: AWS::SNS::Topic
                Properties:
                  Values:
                    - !GetAtt Fn.Arn
            """);

    private static Template template(String yaml) {
        return SourceModels.of(TreeParser.parse(SourceFile.of("t.yaml", yaml))).template();
    }

    /** The symbolic value of a YAML snippet written as a property of the template above. */
    private static String value(String yaml) {
        Template t = template(TEMPLATE.source().text() + "  Value:\n    Type: AWS::SNS::Topic\n    Properties:\n      V: " + yaml + "\n");
        return TemplateValues.symbolic(t.resource("Value").orElseThrow().property("V"), t);
    }

    @Test
    void lambdaFunctionsVersionsAndAliases() {
        String fnArn = P + "lambda:" + RA + "function:";
        assertThat(value("!GetAtt Fn.Arn")).isEqualTo(fnArn + "${Fn}");
        assertThat(value("!GetAtt [Fn, Arn]")).isEqualTo(fnArn + "${Fn}");
        assertThat(value("!Ref Fn")).isEqualTo("${Fn}");
        assertThat(value("!Sub '${Fn.Arn}'")).isEqualTo(fnArn + "${Fn}");
        assertThat(value("!Sub 'arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${Fn}'")).isEqualTo(fnArn + "${Fn}");
        assertThat(value("!GetAtt NamedFn.Arn")).isEqualTo(fnArn + "orders");
        assertThat(value("!Ref SubNamedFn")).isEqualTo("${AWS::StackName}-${Stage}-fn");
        assertThat(value("!Ref Version")).isEqualTo(fnArn + "${Fn}:${Version.Version}");
        assertThat(value("!Ref Alias")).isEqualTo(fnArn + "${Fn}:live");
        assertThat(value("!Ref SamFn.Alias")).isEqualTo(fnArn + "${SamFn}:live");
        assertThat(value("!Sub '${SamFn.Alias}'")).isEqualTo(fnArn + "${SamFn}:live");
        assertThat(TemplateValues.arnOf("SamFn", TEMPLATE)).isEqualTo(fnArn + "${SamFn}");
    }

    @Test
    void queuesTopicsTablesBuckets() {
        assertThat(value("!Ref Queue")).isEqualTo("https://sqs.${AWS::Region}.${AWS::URLSuffix}/${AWS::AccountId}/${Queue.QueueName}");
        assertThat(value("!GetAtt Queue.Arn")).isEqualTo(P + "sqs:" + RA + "${Queue.QueueName}");
        assertThat(value("!GetAtt Queue.QueueName")).isEqualTo("${Queue.QueueName}");
        assertThat(value("!GetAtt Queue.QueueUrl")).isEqualTo(value("!Ref Queue"));
        assertThat(value("!Ref Topic")).isEqualTo(P + "sns:" + RA + "${Topic.TopicName}");
        assertThat(value("!GetAtt Topic.TopicArn")).isEqualTo(value("!Ref Topic"));
        assertThat(value("!Ref Table")).isEqualTo("${Table}");
        assertThat(value("!GetAtt Table.Arn")).isEqualTo(P + "dynamodb:" + RA + "table/${Table}");
        assertThat(value("!GetAtt Table.StreamArn")).isEqualTo(P + "dynamodb:" + RA + "table/${Table}/stream/${Table.StreamArn}");
        assertThat(value("!Ref Bucket")).isEqualTo("${Bucket}");
        assertThat(value("!Sub '${Bucket.Arn}/*'")).isEqualTo("arn:${AWS::Partition}:s3:::${Bucket}/*");
        assertThat(value("!Join ['', ['arn:aws:s3:::', !Ref Bucket, '/*']]")).isEqualTo("arn:aws:s3:::${Bucket}/*");
    }

    @Test
    void stepFunctionsIamEventsEcsBatchGlueCodeBuildLogsKms() {
        assertThat(value("!Ref Machine")).isEqualTo(P + "states:" + RA + "stateMachine:${Machine.Name}");
        assertThat(value("!GetAtt Machine.Arn")).isEqualTo(value("!Ref Machine"));
        assertThat(value("!GetAtt Machine.Name")).isEqualTo("${Machine.Name}");
        assertThat(value("!Ref Activity")).isEqualTo(P + "states:" + RA + "activity:work");
        assertThat(value("!Ref Role")).isEqualTo("${Role}");
        assertThat(value("!GetAtt Role.Arn")).isEqualTo("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${Role}");
        assertThat(value("!GetAtt PathRole.Arn")).isEqualTo("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/service/runner");
        assertThat(value("!GetAtt SamMachineRole.Arn")).isEqualTo("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${SamMachineRole}");
        assertThat(value("!GetAtt PathMachineRole.Arn")).isEqualTo("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/workflows/${PathMachineRole}");
        assertThat(value("!GetAtt SamFnRole.Arn")).isEqualTo("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${SamFnRole}");
        assertThat(value("!GetAtt Bus.Arn")).isEqualTo(P + "events:" + RA + "event-bus/orders");
        assertThat(value("!Ref Rule")).isEqualTo("${Rule}");
        assertThat(value("!GetAtt Rule.Arn")).isEqualTo(P + "events:" + RA + "rule/${Rule}");
        assertThat(value("!GetAtt BusRule.Arn")).isEqualTo(P + "events:" + RA + "rule/orders/${BusRule.Name}");
        assertThat(value("!Ref BusRule")).isEqualTo("orders|${BusRule.Name}");
        assertThat(value("!Ref TaskDef")).isEqualTo(P + "ecs:" + RA + "task-definition/${TaskDef.Family}:${TaskDef.Revision}");
        assertThat(value("!GetAtt Cluster.Arn")).isEqualTo(P + "ecs:" + RA + "cluster/${Cluster}");
        assertThat(value("!Ref JobQueue")).isEqualTo(P + "batch:" + RA + "job-queue/${JobQueue.Name}");
        assertThat(value("!Ref JobDef")).isEqualTo(P + "batch:" + RA + "job-definition/${JobDef.Name}:${JobDef.Revision}");
        assertThat(value("!Ref GlueJob")).isEqualTo("${GlueJob}");
        assertThat(TemplateValues.arnOf("GlueJob", TEMPLATE)).isEqualTo(P + "glue:" + RA + "job/${GlueJob}");
        assertThat(value("!GetAtt Build.Arn")).isEqualTo(P + "codebuild:" + RA + "project/${Build}");
        assertThat(value("!GetAtt Logs.Arn")).isEqualTo(P + "logs:" + RA + "log-group:${Logs}:*");
        assertThat(value("!GetAtt Key.Arn")).isEqualTo(P + "kms:" + RA + "key/${Key}");
        assertThat(value("!GetAtt Key.KeyId")).isEqualTo("${Key}");
        assertThat(value("!Ref KeyAlias")).isEqualTo("alias/orders");
        assertThat(TemplateValues.arnOf("KeyAlias", TEMPLATE)).isEqualTo(P + "kms:" + RA + "alias/orders");
        assertThat(TemplateValues.arnOf("SamMachine", TEMPLATE)).isEqualTo(P + "states:" + RA + "stateMachine:${SamMachine.Name}");
    }

    @Test
    void unknownTypesParametersAndUnknowableValues() {
        assertThat(value("!Ref Secret")).isEqualTo("${Secret}");
        assertThat(value("!GetAtt Secret.Arn")).isEqualTo("${Secret.Arn}");
        assertThat(value("!GetAtt Bucket.DomainName")).isEqualTo("${Bucket.DomainName}");
        assertThat(value("!Ref QueueArnParam")).isEqualTo("${QueueArnParam}");
        assertThat(value("!Ref AWS::Region")).isEqualTo("${AWS::Region}");
        assertThat(value("!ImportValue other-stack-queue")).isNull();
        assertThat(value("!Select [0, !GetAZs '']")).isNull();
        assertThat(value("!Select [1, [a, b]]")).isEqualTo("b");
        // CDK names a state machine this way; a parameter might hold the delimiter, so it is not split.
        assertThat(value("!Select [6, !Split [':', !Ref Machine]]")).isEqualTo("${Machine.Name}");
        assertThat(value("!Select [1, !Split ['/', !GetAtt Table.Arn]]")).isEqualTo("${Table}");
        assertThat(value("!Select [1, !Split [':', !Ref QueueArnParam]]")).isNull();
        assertThat(value("!Select [9, !Split [':', !Ref Machine]]")).isNull();
        assertThat(value("!Select [0, !Split ['-', !Sub '${AWS::Region}-x']]")).isNull();
        assertThat(value("!Select [1, !Split ['-', 'a-b']]")).isEqualTo("b");
        assertThat(value("!FindInMap [Names, prod, Table]")).isEqualTo("orders-prod");
        assertThat(value("!Join [',', !Ref Stage]")).isNull();
        assertThat(TemplateValues.arnOf("Nothing", TEMPLATE)).isNull();
        assertThat(TemplateValues.refOf("Stage", TEMPLATE)).isEqualTo("${Stage}");
    }

    @Test
    void subEscapesAndLocalVariables() {
        assertThat(value("!Sub 'a-${!Literal}-${AWS::AccountId}'")).isEqualTo("a-${!Literal}-${AWS::AccountId}");
        assertThat(value("'plain ${x}'")).isEqualTo("plain ${!x}");
        assertThat(value("!Sub ['arn:aws:sqs:${AWS::Region}:${AWS::AccountId}:${Name}', {Name: !GetAtt Queue.QueueName}]"))
                .isEqualTo("arn:aws:sqs:${AWS::Region}:${AWS::AccountId}:${Queue.QueueName}");
        assertThat(value("!Sub ['${Name}', {Name: !ImportValue x}]")).isNull();
    }

    @Test
    void fnIfGivesOneAlternativePerBranchAndDropsNoValue() {
        Template t = template(TEMPLATE.source().text() + """
                  Value:
                    Type: AWS::SNS::Topic
                    Properties:
                      A: !If [IsProd, !GetAtt Fn.Arn, !Ref QueueArnParam]
                      B: !If [IsProd, !Ref Table, !Ref AWS::NoValue]
                      C: !Sub ['${X}-${Y}', {X: !If [IsProd, a, b], Y: !If [IsProd, c, d]}]
                      D: !If [IsProd, x, !ImportValue y]
                """);
        MapNode props = t.resource("Value").orElseThrow().properties();
        assertThat(TemplateValues.alternatives(props.get("A"), t))
                .containsExactly(P + "lambda:" + RA + "function:${Fn}", "${QueueArnParam}");
        assertThat(TemplateValues.symbolic(props.get("A"), t)).isNull();
        assertThat(TemplateValues.alternatives(props.get("B"), t)).containsExactly("${Table}");
        // One condition decides both variables: two ways, never "a-d".
        assertThat(TemplateValues.alternatives(props.get("C"), t)).containsExactlyInAnyOrder("a-c", "b-d");
        assertThat(TemplateValues.alternatives(props.get("D"), t)).containsExactly("x", null);
    }

    @Test
    void selfReferencingNamesEndWithoutOverflow() {
        Template t = template("""
                Resources:
                  A: {Type: AWS::Lambda::Function, Properties: {FunctionName: !Ref B}}
                  B: {Type: AWS::Lambda::Function, Properties: {FunctionName: !Ref A}}
                """);
        Node any = t.resource("A").orElseThrow().property("FunctionName");
        // The names cannot be worked out: each falls back to its resource's token once the nesting is too deep.
        assertThat(TemplateValues.symbolic(any, t)).isIn("${A}", "${B}");
        assertThat(TemplateValues.refOf("A", t)).isIn("${A}", "${B}");
    }

    @Test
    void tokensOfKnownResourcesAreAtomicTheRestUnknown() {
        assertThat(TemplateValues.isUnknownToken("Fn", TEMPLATE)).isFalse();
        assertThat(TemplateValues.isUnknownToken("Queue.QueueName", TEMPLATE)).isFalse();
        assertThat(TemplateValues.isUnknownToken("SamMachineRole", TEMPLATE)).isFalse();
        assertThat(TemplateValues.isUnknownToken("Stage", TEMPLATE)).isTrue();
        assertThat(TemplateValues.isUnknownToken("AWS::Region", TEMPLATE)).isTrue();
        assertThat(TemplateValues.isUnknownToken("Secret", TEMPLATE)).isTrue();
        assertThat(TemplateValues.isUnknownToken("Bucket.DomainName", TEMPLATE)).isTrue();
        // A name property that is written but cannot be read leaves a token that may stand for anything.
        assertThat(TemplateValues.isUnknownToken("NamedFn", TEMPLATE)).isTrue();
        assertThat(TemplateValues.generatedNameOf("Fn", TEMPLATE)).isEqualTo("Fn");
        assertThat(TemplateValues.generatedNameOf("Queue.QueueName", TEMPLATE)).isEqualTo("Queue");
        assertThat(TemplateValues.generatedNameOf("Machine.Name", TEMPLATE)).isEqualTo("Machine");
        assertThat(TemplateValues.generatedNameOf("NamedFn", TEMPLATE)).isNull();
        assertThat(TemplateValues.generatedNameOf("Key", TEMPLATE)).isNull();
        assertThat(TemplateValues.generatedNameOf("TaskDef.Revision", TEMPLATE)).isNull();
        assertThat(TemplateValues.generatedNameOf("Stage", TEMPLATE)).isNull();
    }
}
