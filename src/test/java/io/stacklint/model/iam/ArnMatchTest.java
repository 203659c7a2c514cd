package io.stacklint.model.iam;

import static io.stacklint.model.iam.ArnMatch.Result.MAYBE;
import static io.stacklint.model.iam.ArnMatch.Result.NO;
import static io.stacklint.model.iam.ArnMatch.Result.YES;
import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.SourceModels;
import io.stacklint.model.cfn.Template;
import io.stacklint.parse.TreeParser;
import io.stacklint.source.SourceFile;
import org.junit.jupiter.api.Test;

class ArnMatchTest {
    private static final Template T = SourceModels.of(TreeParser.parse(SourceFile.of("t.yaml", """
            Parameters: {Name: {Type: String}}
            Resources:
              A: {Type: AWS::Lambda::Function}
              B: {Type: AWS::Lambda::Function}
              Q: {Type: AWS::SQS::Queue}
              Named: {Type: AWS::Lambda::Function, Properties: {FunctionName: !ImportValue fn-name}}
            """))).template();
    private static final String FN = "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:";

    private static ArnMatch.Result m(String pattern, String needed) {
        return ArnMatch.matches(pattern, needed, T);
    }

    @Test
    void literalsAndWildcards() {
        assertThat(m("*", FN + "${A}")).isEqualTo(YES);
        assertThat(m(FN + "*", FN + "${A}")).isEqualTo(YES);
        assertThat(m(FN + "${A}", FN + "${A}")).isEqualTo(YES);
        assertThat(m(FN + "${A}*", FN + "${A}:live")).isEqualTo(YES);
        assertThat(m("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/key")).isEqualTo(YES);
        assertThat(m("arn:aws:s3:::bucket/ke?", "arn:aws:s3:::bucket/key")).isEqualTo(YES);
        assertThat(m("arn:aws:s3:::bucket/ke?", "arn:aws:s3:::bucket/keys")).isEqualTo(NO);
        assertThat(m("arn:aws:s3:::bucket", "arn:aws:s3:::bucket/key")).isEqualTo(NO);
    }

    @Test
    void arnsAreCaseSensitive() {
        assertThat(m("arn:aws:s3:::Bucket/*", "arn:aws:s3:::bucket/x")).isEqualTo(NO);
    }

    @Test
    void distinctResourcesOfTheTemplateDoNotMatch() {
        assertThat(m(FN + "${A}", FN + "${B}")).isEqualTo(NO);
        assertThat(m(FN + "${A}", FN + "orders")).isEqualTo(NO);
        // Pseudo parameters written the same way on both sides decide nothing: another function stays a NO.
        assertThat(m(FN + "orders", FN + "${A}")).isEqualTo(NO);
        assertThat(m(FN + "${A}", FN + "${A}:live")).isEqualTo(NO);
        assertThat(m(FN + "?", FN + "${A}")).isEqualTo(NO);
        assertThat(m("arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${Q.QueueName}", FN + "${A}")).isEqualTo(NO);
    }

    @Test
    void unknownValuesMakeANoAMaybe() {
        assertThat(m(FN + "${Name}", FN + "${A}")).isEqualTo(MAYBE);
        assertThat(m(FN + "${A}", FN + "${Name}")).isEqualTo(MAYBE);
        assertThat(m("arn:aws:lambda:us-east-1:123456789012:function:orders", FN + "orders")).isEqualTo(MAYBE);
        // A generated name is "<stack>-<LogicalId>-<random>": a pattern built on the stack name may cover it.
        assertThat(m(FN + "${AWS::StackName}-*", FN + "${A}")).isEqualTo(MAYBE);
        assertThat(m(FN + "${AWS::StackName}-*", FN + "${A}:live")).isEqualTo(MAYBE);
        assertThat(m(FN + "${AWS::StackName}-*:other", FN + "${A}:live")).isEqualTo(NO);
        // CloudFormation names a state machine "<LogicalId>-<random>" when it has no name of its own.
        assertThat(m(FN + "A-*", FN + "${A}")).isEqualTo(MAYBE);
        assertThat(m(FN + "${A}", FN + "stack-A-1AC2BGX60YBEG")).isEqualTo(MAYBE);
        assertThat(m(FN + "${A}", FN + "stock-B-1BC2BGX60YBEG")).isEqualTo(NO);
        assertThat(m(FN + "A-*", FN + "${B}")).isEqualTo(MAYBE);
        assertThat(m(FN + "A-*:*", FN + "${B}")).isEqualTo(NO);
        assertThat(m(FN + "B-*/x", FN + "${A}/y")).isEqualTo(NO);
        // An unknown value cannot make a different service match.
        assertThat(m("arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:*", FN + "${A}")).isEqualTo(NO);
        assertThat(m(FN + "${Name}", "arn:${AWS::Partition}:sqs:x")).isEqualTo(NO);
    }

    @Test
    void theSameUnknownTokenOnBothSidesIsOneValue() {
        String bucket = "arn:${AWS::Partition}:s3:::${AWS::StackName}";
        assertThat(m(bucket + "-archive/*", bucket + "-data")).isEqualTo(NO);
        assertThat(m(bucket + "-data", bucket + "-archive/*")).isEqualTo(NO);
        assertThat(m(bucket + "-data/*", bucket + "-data/report.csv")).isEqualTo(YES);
        assertThat(m(bucket + "-*", bucket + "-data")).isEqualTo(YES);
        assertThat(m(FN + "${Name}-a", FN + "${Name}-b")).isEqualTo(NO);
        assertThat(m(FN + "${Name}-a", FN + "${Name}-a")).isEqualTo(YES);
        // Written on one side only, a token still may be anything.
        assertThat(m(bucket + "-archive/*", "arn:${AWS::Partition}:s3:::prod-archive/x")).isEqualTo(MAYBE);
        assertThat(ArnMatch.matches(FN + "${A}-x", FN + "${A}-y")).isEqualTo(NO);
    }

    @Test
    void aNameWrittenButNotReadableIsUnknown() {
        assertThat(m(FN + "orders", FN + "${Named}")).isEqualTo(MAYBE);
    }

    @Test
    void escapedDollarIsLiteralText() {
        assertThat(m("a-${!x}", "a-${!x}")).isEqualTo(YES);
        assertThat(m("a-*", "a-${!x}")).isEqualTo(YES);
        assertThat(m("a-${x}", "a-${!x}")).isEqualTo(MAYBE);
    }

    @Test
    void withoutTheTemplateEveryTokenIsUnknown() {
        assertThat(ArnMatch.matches(FN + "${A}", FN + "${B}")).isEqualTo(MAYBE);
        assertThat(ArnMatch.matches(FN + "${A}", FN + "${A}")).isEqualTo(YES);
        assertThat(ArnMatch.matches(null, FN + "${A}")).isEqualTo(MAYBE);
    }

    @Test
    void noResourceLevelNeedIsCoveredOnlyByAStar() {
        assertThat(m("*", "*")).isEqualTo(YES);
        assertThat(m("arn:aws:logs:*", "*")).isEqualTo(NO);
    }
}
