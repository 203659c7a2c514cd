package io.stacklint.model.iam;

import static io.stacklint.model.iam.Decision.ALLOWED;
import static io.stacklint.model.iam.Decision.DENIED;
import static io.stacklint.model.iam.Decision.NOT_ALLOWED;
import static io.stacklint.model.iam.Decision.UNKNOWN;
import static io.stacklint.model.iam.IamFixtures.P;
import static io.stacklint.model.iam.IamFixtures.RA;
import static io.stacklint.model.iam.IamFixtures.fn;
import static io.stacklint.model.iam.IamFixtures.roleOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PolicyEvaluatorTest {
    /** A template whose role has the given statements (YAML flow list items, one per line) and extra resources. */
    private static ExecutionRole role(String statements, String extra) {
        return roleOf("""
                Parameters:
                  FnName: {Type: String}
                Conditions:
                  IsProd: !Equals [!Ref AWS::Region, us-east-1]
                Resources:
                  A: {Type: AWS::Lambda::Function}
                  B: {Type: AWS::Lambda::Function}
                  Bucket: {Type: AWS::S3::Bucket}
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      Policies:
                        - PolicyName: p
                          PolicyDocument:
                            Statement:
                """ + statements.indent(16) + extra + """
                  Machine:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      RoleArn: !GetAtt Role.Arn
                      Definition: {StartAt: S, States: {S: {Type: Succeed}}}
                """, "Machine");
    }

    private static ExecutionRole role(String statements) {
        return role(statements, "");
    }

    private static Decision invokeA(ExecutionRole role) {
        return PolicyEvaluator.decide(role, "lambda:InvokeFunction", fn("${A}"), false);
    }

    @Test
    void allowOnTheResourceIsNeededAndEnough() {
        assertThat(invokeA(role("- {Effect: Allow, Action: lambda:InvokeFunction, Resource: !GetAtt A.Arn}"))).isEqualTo(ALLOWED);
        assertThat(invokeA(role("- {Effect: Allow, Action: lambda:InvokeFunction, Resource: !GetAtt B.Arn}"))).isEqualTo(NOT_ALLOWED);
        assertThat(invokeA(role("- {Effect: Allow, Action: sqs:SendMessage, Resource: '*'}"))).isEqualTo(NOT_ALLOWED);
        assertThat(invokeA(role("- {Effect: Allow, Action: 'lambda:invoke*', Resource: !Sub 'arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:*'}")))
                .isEqualTo(ALLOWED);
        assertThat(invokeA(role("- {Effect: Allow, Action: 'LAMBDA:InvokeFunctio?', Resource: '*'}"))).isEqualTo(ALLOWED);
        assertThat(invokeA(role("- {Effect: Allow, Action: 'lambda:Invoke?', Resource: '*'}"))).isEqualTo(NOT_ALLOWED);
    }

    @Test
    void explicitDenyWins() {
        assertThat(invokeA(role("""
                - {Effect: Allow, Action: '*', Resource: '*'}
                - {Effect: Deny, Action: 'lambda:*', Resource: !GetAtt A.Arn}
                """))).isEqualTo(DENIED);
        assertThat(invokeA(role("""
                - {Effect: Allow, Action: '*', Resource: '*'}
                - {Effect: Deny, Action: 'lambda:*', Resource: !GetAtt B.Arn}
                """))).isEqualTo(ALLOWED);
    }

    @Test
    void notActionAndNotResource() {
        assertThat(invokeA(role("- {Effect: Allow, NotAction: 'iam:*', Resource: '*'}"))).isEqualTo(ALLOWED);
        assertThat(invokeA(role("- {Effect: Allow, NotAction: 'lambda:*', Resource: '*'}"))).isEqualTo(NOT_ALLOWED);
        assertThat(invokeA(role("- {Effect: Allow, Action: 'lambda:*', NotResource: !GetAtt B.Arn}"))).isEqualTo(ALLOWED);
        assertThat(invokeA(role("- {Effect: Allow, Action: 'lambda:*', NotResource: !GetAtt A.Arn}"))).isEqualTo(NOT_ALLOWED);
        assertThat(invokeA(role("""
                - {Effect: Allow, Action: '*', Resource: '*'}
                - {Effect: Deny, NotAction: 'lambda:*', Resource: '*'}
                """))).isEqualTo(ALLOWED);
    }

    @Test
    void conditionsCanSatisfyButNeverMakeANeedMissing() {
        assertThat(invokeA(role("- {Effect: Allow, Action: 'lambda:*', Resource: '*', Condition: {StringEquals: {'aws:RequestedRegion': eu-west-1}}}")))
                .isEqualTo(UNKNOWN);
        assertThat(invokeA(role("""
                - {Effect: Allow, Action: 'lambda:*', Resource: '*'}
                - {Effect: Deny, Action: 'lambda:*', Resource: '*', Condition: {Bool: {'aws:SecureTransport': false}}}
                """))).isEqualTo(UNKNOWN);
        assertThat(invokeA(role("- !If [IsProd, {Effect: Allow, Action: 'lambda:*', Resource: '*'}, !Ref AWS::NoValue]"))).isEqualTo(UNKNOWN);
        assertThat(invokeA(role("- {Effect: Allow, Action: 'lambda:*', Resource: !If [IsProd, !GetAtt A.Arn, !GetAtt B.Arn]}"))).isEqualTo(UNKNOWN);
        // A conditional statement about other actions changes nothing.
        assertThat(invokeA(role("- {Effect: Allow, Action: 'sqs:*', Resource: '*', Condition: {Bool: {x: y}}}"))).isEqualTo(NOT_ALLOWED);
    }

    @Test
    void unknownValuesAndOpaqueGrantsNeverMakeANeedMissing() {
        assertThat(invokeA(role("- {Effect: Allow, Action: 'lambda:*', Resource: !Sub 'arn:aws:lambda:*:*:function:${FnName}'}"))).isEqualTo(UNKNOWN);
        assertThat(invokeA(role("- {Effect: Allow, Action: 'lambda:*', Resource: !ImportValue fn-arn}"))).isEqualTo(UNKNOWN);
        ExecutionRole opaque = role("- {Effect: Allow, Action: sqs:SendMessage, Resource: '*'}",
                "      ManagedPolicyArns: [arn:aws:iam::aws:policy/PowerUserAccess]\n");
        assertThat(invokeA(opaque)).isEqualTo(UNKNOWN);
        assertThat(PolicyEvaluator.decide(opaque, "sqs:SendMessage", "arn:aws:sqs:x", false)).isEqualTo(ALLOWED);
        ExecutionRole knownManaged = role("- {Effect: Allow, Action: sqs:SendMessage, Resource: '*'}",
                "      ManagedPolicyArns: [arn:aws:iam::aws:policy/service-role/AWSLambdaRole]\n");
        assertThat(invokeA(knownManaged)).isEqualTo(ALLOWED);
        assertThat(PolicyEvaluator.decide(knownManaged, "lambda:GetFunction", fn("${A}"), false)).isEqualTo(NOT_ALLOWED);
    }

    @Test
    void theBoundaryMustAllowToo() {
        String boundary = """
                      PermissionsBoundary: !Ref Boundary
                  Boundary:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument: {Statement: [{Effect: Allow, Action: 'sqs:*', Resource: '*'}]}
                """;
        assertThat(invokeA(role("- {Effect: Allow, Action: '*', Resource: '*'}", boundary))).isEqualTo(NOT_ALLOWED);
        assertThat(PolicyEvaluator.decide(role("- {Effect: Allow, Action: '*', Resource: '*'}", boundary), "sqs:SendMessage", "x", false))
                .isEqualTo(ALLOWED);
        ExecutionRole opaqueBoundary = role("- {Effect: Allow, Action: '*', Resource: '*'}",
                "      PermissionsBoundary: arn:aws:iam::123456789012:policy/org-boundary\n");
        assertThat(invokeA(opaqueBoundary)).isEqualTo(UNKNOWN);
        assertThat(opaqueBoundary.boundaryOpaque()).isTrue();
    }

    @Test
    void aTargetChosenAtRunTimeNeedsTheActionOnSomeResource() {
        ExecutionRole scoped = role("- {Effect: Allow, Action: lambda:InvokeFunction, Resource: !GetAtt B.Arn}");
        assertThat(PolicyEvaluator.decide(scoped, "lambda:InvokeFunction", "*", true)).isEqualTo(ALLOWED);
        assertThat(PolicyEvaluator.decide(scoped, "lambda:GetFunction", "*", true)).isEqualTo(NOT_ALLOWED);
        ExecutionRole narrowDeny = role("""
                - {Effect: Allow, Action: 'lambda:*', Resource: '*'}
                - {Effect: Deny, Action: 'lambda:*', Resource: !GetAtt B.Arn}
                """);
        assertThat(PolicyEvaluator.decide(narrowDeny, "lambda:InvokeFunction", "*", true)).isEqualTo(UNKNOWN);
    }

    @Test
    void actionsWithoutResourceLevelPermissionsNeedAStarResource() {
        assertThat(PolicyEvaluator.decide(role("- {Effect: Allow, Action: 'xray:PutTraceSegments', Resource: '*'}"),
                "xray:PutTraceSegments", "*", false)).isEqualTo(ALLOWED);
        assertThat(PolicyEvaluator.decide(role("- {Effect: Allow, Action: 'xray:PutTraceSegments', Resource: !Sub 'arn:${AWS::Partition}:xray:*'}"),
                "xray:PutTraceSegments", "*", false)).isEqualTo(NOT_ALLOWED);
    }

    @Test
    void aSymbolicResourceMatchesEveryWayOfWritingIt() {
        ExecutionRole role = role("- {Effect: Allow, Action: 's3:GetObject', Resource: !Join ['', ['arn:', !Ref AWS::Partition, ':s3:::', !Ref Bucket, '/*']]}");
        assertThat(PolicyEvaluator.decide(role, "s3:GetObject", "arn:${AWS::Partition}:s3:::${Bucket}/in/key.json", false)).isEqualTo(ALLOWED);
        assertThat(PolicyEvaluator.decide(role, "s3:GetObject", "arn:${AWS::Partition}:s3:::other/key", false)).isEqualTo(NOT_ALLOWED);
        assertThat(P + RA).isNotEmpty();
    }

    @Test
    void evaluationLooksAtEachStatementOnceHoweverManyThereAre() {
        StringBuilder statements = new StringBuilder();
        int count = 3000;
        for (int i = 0; i < count; i++) {
            statements.append("- {Effect: Allow, Action: ['s3:Get*', 'sqs:Send*', 'lambda:List*'], Resource: ['arn:aws:s3:::bucket-")
                    .append(i).append("/*', 'arn:aws:sqs:*:*:queue-").append(i).append("']}\n");
        }
        ExecutionRole big = role(statements.toString());
        assertThat(big.grants()).hasSize(count);
        AtomicInteger visited = new AtomicInteger();
        assertThat(PolicyEvaluator.decide(big, "lambda:InvokeFunction", fn("${A}"), false, g -> visited.incrementAndGet())).isEqualTo(NOT_ALLOWED);
        assertThat(visited.get()).isEqualTo(count);
        visited.set(0);
        assertThat(PolicyEvaluator.decide(big, "s3:GetObject", "arn:aws:s3:::bucket-2999/k", false, g -> visited.incrementAndGet())).isEqualTo(ALLOWED);
        assertThat(visited.get()).isEqualTo(count);
    }

    @Test
    void actionWildcardsFollowIam() {
        assertThat(PolicyEvaluator.matchesAction("s3:Get*", "s3:GetObject")).isTrue();
        assertThat(PolicyEvaluator.matchesAction("s3:*Object*", "s3:PutObjectAcl")).isTrue();
        assertThat(PolicyEvaluator.matchesAction("s3:Get?bject", "s3:GetObject")).isTrue();
        assertThat(PolicyEvaluator.matchesAction("s3:Get", "s3:GetObject")).isFalse();
        assertThat(PolicyEvaluator.matchesAction("*", "anything:At")).isTrue();
        assertThat(PolicyEvaluator.matchesAction("states:*", "STATES:StartExecution")).isTrue();
    }

    @Test
    void aResourcePolicyOfTheTemplateNamingTheRoleAllowsToo() {
        ExecutionRole role = role("- {Effect: Allow, Action: sqs:SendMessage, Resource: '*'}", """
                  Key:
                    Type: AWS::KMS::Key
                    Properties:
                      KeyPolicy:
                        Statement:
                          - {Effect: Allow, Principal: {AWS: !Sub 'arn:aws:iam::${AWS::AccountId}:root'}, Action: 'kms:*', Resource: '*'}
                          - {Effect: Allow, Principal: {AWS: !GetAtt Role.Arn}, Action: [kms:Decrypt, kms:GenerateDataKey], Resource: '*'}
                  OtherKey:
                    Type: AWS::KMS::Key
                    Properties:
                      KeyPolicy:
                        Statement: [{Effect: Allow, Principal: {AWS: !Sub 'arn:aws:iam::${AWS::AccountId}:root'}, Action: 'kms:*', Resource: '*'}]
                  BucketPolicy:
                    Type: AWS::S3::BucketPolicy
                    Properties:
                      Bucket: !Ref Bucket
                      PolicyDocument:
                        Statement:
                          - {Effect: Allow, Principal: '*', Action: s3:GetObject, Resource: !Sub '${Bucket.Arn}/*', Condition: {Bool: {aws:SecureTransport: true}}}
                          - {Effect: Deny, Principal: {AWS: !GetAtt Role.Arn}, Action: s3:DeleteObject, Resource: !Sub '${Bucket.Arn}/*'}
                  Invoke:
                    Type: AWS::Lambda::Permission
                    Properties:
                      Action: lambda:InvokeFunction
                      FunctionName: !Ref B
                      Principal: !GetAtt Role.Arn
                """);
        String key = P + "kms:" + RA + "key/${Key}";
        assertThat(PolicyEvaluator.decide(role, "kms:Decrypt", key, false)).isEqualTo(ALLOWED);
        assertThat(PolicyEvaluator.decide(role, "kms:Encrypt", key, false)).isEqualTo(NOT_ALLOWED);
        assertThat(PolicyEvaluator.decide(role, "kms:Decrypt", P + "kms:" + RA + "key/${OtherKey}", false)).isEqualTo(NOT_ALLOWED);
        String object = "arn:${AWS::Partition}:s3:::${Bucket}/data.json";
        assertThat(PolicyEvaluator.decide(role, "s3:GetObject", object, false)).isEqualTo(UNKNOWN);
        assertThat(PolicyEvaluator.decide(role, "s3:DeleteObject", object, false)).isEqualTo(DENIED);
        assertThat(PolicyEvaluator.decide(role, "lambda:InvokeFunction", fn("${B}"), false)).isEqualTo(ALLOWED);
        assertThat(PolicyEvaluator.decide(role, "lambda:InvokeFunction", fn("${A}"), false)).isEqualTo(NOT_ALLOWED);
        assertThat(role.grants()).extracting(Grant::origin).containsOnly("inline policy p of role Role");
        assertThat(role.resourceGrants()).extracting(Grant::origin).containsExactly("key policy of Key", "S3::BucketPolicy BucketPolicy",
                "S3::BucketPolicy BucketPolicy", "Lambda permission Invoke");
    }
}
