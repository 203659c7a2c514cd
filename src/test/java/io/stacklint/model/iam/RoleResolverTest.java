package io.stacklint.model.iam;

import static io.stacklint.model.iam.IamFixtures.machine;
import static io.stacklint.model.iam.IamFixtures.model;
import static io.stacklint.model.iam.IamFixtures.roleOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.SourceModel;
import org.junit.jupiter.api.Test;

class RoleResolverTest {
    private static final String MACHINE = """
              Machine:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  RoleArn: %s
                  Definition: {StartAt: A, States: {A: {Type: Succeed}}}
            """;

    private static String withRoleArn(String roleArn, String more) {
        return """
                Parameters:
                  RoleParam: {Type: String}
                Conditions:
                  IsProd: !Equals [!Ref AWS::Region, us-east-1]
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: states.amazonaws.com}, Action: sts:AssumeRole}]}
                  Other: {Type: AWS::IAM::Role}
                  Queue: {Type: AWS::SQS::Queue}
                """ + MACHINE.formatted(roleArn) + more;
    }

    private static RoleBinding binding(String yaml) {
        SourceModel model = model(yaml);
        return RoleResolver.forMachine(machine(model, "Machine"), model.template());
    }

    @Test
    void roleArnWrittenEveryWayNamesTheTemplateRole() {
        for (String written : new String[] {"!GetAtt Role.Arn", "!GetAtt [Role, Arn]", "!Sub '${Role.Arn}'",
                "!Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${Role}'", "!Sub 'arn:aws:iam::${AWS::AccountId}:role/${Role}'",
                "!If [IsProd, !GetAtt Role.Arn, !GetAtt Role.Arn]"}) {
            assertThat(binding(withRoleArn(written, ""))).as(written).isInstanceOfSatisfying(RoleBinding.Known.class,
                    known -> assertThat(known.role().logicalId()).isEqualTo("Role"));
        }
    }

    @Test
    void literalRoleArnMatchesARoleWithThatName() {
        String yaml = withRoleArn("!Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/named-role'", """
                  Named: {Type: AWS::IAM::Role, Properties: {RoleName: named-role}}
                """);
        assertThat(binding(yaml)).isInstanceOfSatisfying(RoleBinding.Known.class, k -> assertThat(k.role().logicalId()).isEqualTo("Named"));
    }

    @Test
    void rolesNotKnowableHereAreUnknownWithTheReason() {
        assertThat(why(withRoleArn("!Ref RoleParam", ""))).contains("parameter RoleParam");
        assertThat(why(withRoleArn("!ImportValue shared-role", ""))).contains("imported from another stack");
        assertThat(why(withRoleArn("arn:aws:iam::123456789012:role/elsewhere", ""))).contains("outside this template");
        assertThat(why(withRoleArn("!If [IsProd, !GetAtt Role.Arn, !GetAtt Other.Arn]", ""))).contains("Role, Other").contains("condition");
        assertThat(why(withRoleArn("!GetAtt Queue.Arn", ""))).contains("AWS::SQS::Queue, not an IAM role");
        assertThat(why(withRoleArn("!GetAtt Missing.Arn", ""))).contains("does not declare");
        assertThat(why(withRoleArn("!Select [0, [a]]", ""))).contains("outside this template");
    }

    private static String why(String yaml) {
        RoleBinding binding = binding(yaml);
        assertThat(binding).isInstanceOf(RoleBinding.Unknown.class);
        return ((RoleBinding.Unknown) binding).why();
    }

    @Test
    void inlineAttachedAndManagedPoliciesAllApply() {
        ExecutionRole role = roleOf("""
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument: {}
                      Policies:
                        - PolicyName: Invoke
                          PolicyDocument: {Statement: [{Effect: Allow, Action: lambda:InvokeFunction, Resource: !GetAtt Fn.Arn}]}
                      ManagedPolicyArns:
                        - !Ref Managed
                        - arn:aws:iam::aws:policy/service-role/AWSLambdaRole
                      PermissionsBoundary: !Ref Boundary
                  Fn: {Type: AWS::Lambda::Function}
                  Managed:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument: {Statement: {Effect: Allow, Action: [sqs:SendMessage], Resource: '*'}}
                  Attached:
                    Type: AWS::IAM::Policy
                    Properties:
                      Roles: [!Ref Role]
                      PolicyDocument: {Statement: [{Effect: Deny, Action: 'sns:*', Resource: '*'}]}
                  RolePolicy:
                    Type: AWS::IAM::RolePolicy
                    Properties:
                      RoleName: !Ref Role
                      PolicyDocument: {Statement: [{Effect: Allow, Action: 'states:StartExecution', Resource: '*', Condition: {StringEquals: {a: b}}}]}
                  Unrelated:
                    Type: AWS::IAM::Policy
                    Properties:
                      Roles: [!Ref Elsewhere]
                      PolicyDocument: {Statement: [{Effect: Allow, Action: '*', Resource: '*'}]}
                  Elsewhere: {Type: AWS::IAM::Role}
                  Boundary:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument: {Statement: [{Effect: Allow, Action: ['lambda:*', 'sqs:*'], Resource: '*'}]}
                  Machine:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      RoleArn: !GetAtt Role.Arn
                      Definition: {StartAt: A, States: {A: {Type: Succeed}}}
                """, "Machine");
        assertThat(role.grants()).extracting(Grant::origin).containsExactly("inline policy Invoke of role Role", "managed policy Managed",
                "AWS managed policy AWSLambdaRole", "AWS::IAM::Policy Attached", "AWS::IAM::RolePolicy RolePolicy");
        assertThat(role.grants().get(0).resources()).containsExactly(IamFixtures.fn("${Fn}"));
        assertThat(role.grants().get(3).allow()).isFalse();
        assertThat(role.grants().get(4).conditional()).isTrue();
        assertThat(role.opaque()).isFalse();
        assertThat(role.trustPolicy()).isNotNull();
        assertThat(role.anchor().text()).isEqualTo("Role");
        assertThat(role.hasBoundary()).isTrue();
        assertThat(role.boundary()).extracting(Grant::origin).containsExactly("managed policy Boundary");
    }

    @Test
    void unknownManagedPoliciesMakeTheRoleOpaque() {
        ExecutionRole role = roleOf(withRoleArn("!GetAtt Role.Arn", """
                  Extra:
                    Type: AWS::IAM::Role
                """).replace("""
                  Other: {Type: AWS::IAM::Role}
                """, """
                  Other: {Type: AWS::IAM::Role}
                  Attach:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      Roles: [!Ref Role]
                      PolicyDocument: {Statement: []}
                """).replace("      AssumeRolePolicyDocument:", "      ManagedPolicyArns: [arn:aws:iam::aws:policy/AmazonS3FullAccess, !Ref RoleParam]\n      AssumeRolePolicyDocument:"), "Machine");
        assertThat(role.opaque()).isTrue();
        assertThat(role.opaqueReasons()).anySatisfy(r -> assertThat(r).contains("AmazonS3FullAccess may grant anything"))
                .anySatisfy(r -> assertThat(r).contains("known only at deploy time"));
    }

    @Test
    void samStateMachineWithoutRoleGetsTheGeneratedRoleFromItsPolicies() {
        ExecutionRole role = roleOf("""
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Table: {Type: AWS::DynamoDB::Table}
                  Fn: {Type: AWS::Serverless::Function}
                  Machine:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      Definition: {StartAt: A, States: {A: {Type: Succeed}}}
                      Tracing: {Enabled: true}
                      Policies:
                        - DynamoDBCrudPolicy: {TableName: !Ref Table}
                        - LambdaInvokePolicy: {FunctionName: !Ref Fn}
                        - AWSLambdaRole
                        - Statement:
                            - Effect: Allow
                              Action: sqs:SendMessage
                              Resource: '*'
                        - arn:aws:iam::aws:policy/AWSStepFunctionsFullAccess
                """, "Machine");
        assertThat(role.logicalId()).isEqualTo("MachineRole");
        assertThat(role.trustPolicy()).isNull();
        assertThat(role.anchor().text()).isEqualTo("Policies");
        assertThat(role.grants()).extracting(Grant::origin).containsExactly("SAM policy template DynamoDBCrudPolicy",
                "SAM policy template LambdaInvokePolicy", "AWS managed policy AWSLambdaRole", "SAM inline policy",
                "AWS managed policy AWSStepFunctionsFullAccess", "AWS managed policy AWSXrayWriteOnlyAccess");
        Grant crud = role.grants().get(0);
        assertThat(crud.resources()).containsExactly(IamFixtures.P + "dynamodb:" + IamFixtures.RA + "table/${Table}",
                IamFixtures.P + "dynamodb:" + IamFixtures.RA + "table/${Table}/index/*");
        assertThat(crud.actions()).extracting(a -> a.value()).contains("dynamodb:PutItem", "dynamodb:GetItem");
        assertThat(crud.actions().get(0).span().text()).isEqualTo("DynamoDBCrudPolicy");
        assertThat(role.grants().get(1).resources()).containsExactly(IamFixtures.fn("${Fn}*"));
        assertThat(role.opaque()).isFalse();
    }

    @Test
    void samPolicyTemplateWithAnUnknowableArgumentHasAnUnknownResource() {
        ExecutionRole role = roleOf("""
                Resources:
                  Machine:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      DefinitionUri: s3://bucket/key
                      Policies:
                        - SQSSendMessagePolicy: {QueueName: !ImportValue queue-name}
                        - NoSuchTemplatePolicy: {X: y}
                """, "Machine");
        assertThat(role.grants().get(0).resources()).containsExactly((String) null);
        assertThat(role.opaqueReasons()).anySatisfy(r -> assertThat(r).contains("NoSuchTemplatePolicy"));
    }

    @Test
    void samStateMachineWithRoleUsesThatRole() {
        assertThat(roleOf("""
                Resources:
                  Role: {Type: AWS::IAM::Role}
                  Machine:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      Role: !GetAtt Role.Arn
                      Definition: {StartAt: A, States: {A: {Type: Succeed}}}
                """, "Machine").logicalId()).isEqualTo("Role");
    }

    @Test
    void connectorsFromTheMachineGrantWhatSamProfilesSay() {
        ExecutionRole role = roleOf("""
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Fn: {Type: AWS::Serverless::Function}
                  Queue: {Type: AWS::SQS::Queue}
                  Child: {Type: AWS::Serverless::StateMachine, Properties: {Name: child, DefinitionUri: s3://b/k}}
                  Machine:
                    Type: AWS::Serverless::StateMachine
                    Connectors:
                      ToQueue:
                        Properties:
                          Destination: {Id: Queue}
                          Permissions: [Write]
                    Properties:
                      Definition: {StartAt: A, States: {A: {Type: Succeed}}}
                  ToFn:
                    Type: AWS::Serverless::Connector
                    Properties:
                      Source: {Id: Machine}
                      Destination: [{Id: Fn}, {Id: Child}]
                      Permissions: [Write]
                  ByRoleName:
                    Type: AWS::Serverless::Connector
                    Properties:
                      Source: {Type: AWS::StepFunctions::StateMachine, Arn: !Ref Machine, RoleName: !Ref MachineRole}
                      Destination: {Type: AWS::SNS::Topic, Arn: 'arn:aws:sns:us-east-1:123456789012:alerts'}
                      Permissions: [Write]
                  Unrelated:
                    Type: AWS::Serverless::Connector
                    Properties:
                      Source: {Id: Fn}
                      Destination: {Id: Queue}
                      Permissions: [Write]
                """, "Machine");
        assertThat(role.grants()).extracting(Grant::origin).containsExactly("SAM connector ToQueue", "SAM connector ToFn",
                "SAM connector ToFn", "SAM connector ToFn", "SAM connector ToFn", "SAM connector ByRoleName");
        assertThat(role.grants().get(5).resources()).containsExactly("arn:aws:sns:us-east-1:123456789012:alerts");
        assertThat(role.grants().get(0).actions()).extracting(a -> a.value()).containsExactly("sqs:SendMessage");
        assertThat(role.grants().get(0).resources()).containsExactly(IamFixtures.P + "sqs:" + IamFixtures.RA + "${Queue.QueueName}");
        assertThat(role.grants().get(1).resources()).containsExactly(IamFixtures.fn("${Fn}"));
        assertThat(role.grants().get(2).resources()).containsExactly(IamFixtures.P + "states:" + IamFixtures.RA + "stateMachine:child");
        assertThat(role.grants().get(3).resources()).containsExactly(IamFixtures.P + "states:" + IamFixtures.RA + "execution:child:*");
        assertThat(role.grants().get(1).actions().get(0).span().text()).isEqualTo("Write");
    }

    @Test
    void usersOfARoleAreEveryResourceRunningAsIt() {
        SourceModel model = model("""
                Resources:
                  Role: {Type: AWS::IAM::Role}
                  Machine:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      RoleArn: !GetAtt Role.Arn
                      DefinitionSubstitutions: {PassedRole: !GetAtt Role.Arn}
                      Definition: {StartAt: A, States: {A: {Type: Succeed}}}
                  Fn: {Type: AWS::Lambda::Function, Properties: {Role: !GetAtt Role.Arn, Environment: {Variables: {ROLE: !Ref Role}}}}
                  Task: {Type: AWS::ECS::TaskDefinition, Properties: {TaskRoleArn: !Ref Role, ExecutionRoleArn: !Sub '${Role.Arn}'}}
                  Rule: {Type: AWS::Events::Rule, Properties: {Targets: [{Id: t, Arn: x, RoleArn: !GetAtt Role.Arn}]}}
                  Pass:
                    Type: AWS::IAM::Policy
                    Properties:
                      Roles: [!Ref Role]
                      PolicyDocument: {Statement: [{Effect: Allow, Action: iam:PassRole, Resource: !GetAtt Role.Arn}]}
                  SamMachine: {Type: AWS::Serverless::StateMachine, Properties: {DefinitionUri: s3://b/k}}
                  Scheduled:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      Role: !GetAtt Role.Arn
                      DefinitionUri: s3://b/k
                      Events: {Nightly: {Type: Schedule, Properties: {Schedule: rate(1 day), RoleArn: !GetAtt Role.Arn}}}
                """);
        assertThat(RoleResolver.users("Role", model.template())).extracting(u -> u.logicalId() + "." + u.property())
                .containsExactly("Machine.RoleArn", "Fn.Role", "Task.TaskRoleArn", "Task.ExecutionRoleArn", "Rule.Targets.RoleArn",
                        "Scheduled.Role", "Scheduled.Events.Nightly.Properties.RoleArn");
        assertThat(RoleResolver.users("Role", model.template())).extracting(RoleUser::isStateMachine)
                .containsExactly(true, false, false, false, false, true, false);
        assertThat(RoleResolver.users("Role", model.template()).get(6).type()).isEqualTo("SAM event source Schedule of AWS::Serverless::StateMachine");
        assertThat(RoleResolver.users("SamMachineRole", model.template())).extracting(RoleUser::logicalId).containsExactly("SamMachine");
    }

    @Test
    void malformedPoliciesNeverThrowAndTheUnreadableIsOpaque() {
        ExecutionRole role = roleOf("""
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      Policies:
                        - PolicyName: Strings
                          PolicyDocument: {Statement: "not a list"}
                        - PolicyName: Effects
                          PolicyDocument:
                            Statement:
                              - {Effect: Maybe, Action: 's3:*', Resource: '*'}
                              - {Effect: Allow, Action: [5, 'sqs:SendMessage'], Resource: '*'}
                              - {Effect: Allow, Resource: '*'}
                              - {Effect: Deny, Action: !Ref AWS::NoValue, Resource: '*'}
                              - 42
                        - just a string
                        - PolicyName: NoDocument
                      ManagedPolicyArns: 7
                  Broken:
                    Type: AWS::IAM::Policy
                    Properties:
                      Roles: !Ref Role
                      PolicyDocument: "[1, 2]"
                  AsJson:
                    Type: AWS::IAM::Policy
                    Properties:
                      Roles: [!Ref Role]
                      PolicyDocument: '{"Statement": [{"Effect": "Allow", "Action": "sns:Publish", "Resource": "*"}]}'

                  Machine:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      RoleArn: !GetAtt Role.Arn
                      Definition: {StartAt: A, States: {A: {Type: Succeed}}}
                """, "Machine");
        assertThat(role.grants()).extracting(g -> g.actions().get(0).value()).containsExactly("sqs:SendMessage", "sns:Publish");
        // The action inside the JSON text keeps its place in the template.
        assertThat(role.grants().get(1).actions().get(0).span().text()).isEqualTo("\"sns:Publish\"");
        assertThat(role.opaque()).isTrue();
        assertThat(String.join("\n", role.opaqueReasons())).contains("'Maybe', neither Allow nor Deny", "an action is a number",
                "neither Action nor NotAction", "a statement is a number", "just a string".isEmpty() ? "" : "a string",
                "the policy document is a string that is not a JSON object");
        assertThat(role.denyOpaqueReasons()).isNotEmpty();
    }

    @Test
    void aSamFunctionRoleHasWhatSamAlwaysAddsAndTheGlobalBoundary() {
        ExecutionRole role = RoleResolver.forRole("FnRole", IamFixtures.template("""
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    PermissionsBoundary: arn:aws:iam::123456789012:policy/boundary
                Resources:
                  Fn: {Type: AWS::Serverless::Function, Properties: {Handler: index.handler}}
                """));
        assertThat(role.grants()).extracting(Grant::origin).containsExactly("AWS managed policy AWSLambdaBasicExecutionRole");
        assertThat(role.opaque()).isTrue();
        assertThat(role.hasBoundary()).isTrue();
        assertThat(role.boundaryOpaque()).isTrue();
        assertThat(RoleResolver.forRole("Nothing", IamFixtures.template("Resources: {}"))).isNull();
    }
}
