package io.stacklint.model.iam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArnGlobTest {
    private static final ArnGlob BUCKET = ArnGlob.ofType("arn:${Partition}:s3:::${BucketName}");
    private static final ArnGlob OBJECT = ArnGlob.ofType("arn:${Partition}:s3:::${BucketName}/${ObjectName}");
    private static final ArnGlob MACHINE = ArnGlob.ofType("arn:${Partition}:states:${Region}:${Account}:stateMachine:${StateMachineName}");
    private static final ArnGlob LOG_GROUP = ArnGlob.ofType("arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}");

    @Test
    void bucketNamesHoldNoSlashObjectKeysMay() {
        assertThat(ArnGlob.ofGrant("arn:aws:s3:::reports").intersects(BUCKET)).isTrue();
        assertThat(ArnGlob.ofGrant("arn:aws:s3:::reports").intersects(OBJECT)).isFalse();
        assertThat(ArnGlob.ofGrant("arn:aws:s3:::reports/*").intersects(BUCKET)).isFalse();
        assertThat(ArnGlob.ofGrant("arn:aws:s3:::reports/a/b.csv").intersects(OBJECT)).isTrue();
        assertThat(ArnGlob.ofGrant("arn:aws:s3:::reports*").intersects(OBJECT)).as("the * may hold the /").isTrue();
        assertThat(ArnGlob.ofGrant("*").intersects(BUCKET)).isTrue();
    }

    @Test
    void qualifiedNamesAndLogGroupPathsStillMatch() {
        assertThat(ArnGlob.ofGrant("arn:aws:states:us-east-1:123456789012:stateMachine:Orders:live").intersects(MACHINE)).isTrue();
        assertThat(ArnGlob.ofGrant("arn:aws:states:us-east-1:123456789012:execution:Orders:*").intersects(MACHINE)).isFalse();
        assertThat(ArnGlob.ofGrant("arn:aws:logs:*:*:log-group:/aws/lambda/x:*").intersects(LOG_GROUP)).isTrue();
    }

    @Test
    void templateTokensAreSegmentsOrAnything() {
        assertThat(ArnGlob.ofGrant("arn:${AWS::Partition}:s3:::${BucketParam}").intersects(OBJECT)).as("a parameter may hold anything").isTrue();
        assertThat(ArnGlob.ofGrant("arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:x").intersects(MACHINE)).isTrue();
        assertThat(ArnGlob.ofGrant("arn:aws:s3:::${!Literal}").intersects(ArnGlob.literal("arn:aws:s3:::${Literal}"))).isTrue();
        assertThat(ArnGlob.ofResource("arn:${Partition}:s3:::${BucketName}").then(ArnGlob.ofGrant("/*")).intersects(OBJECT)).isTrue();
        assertThat(ArnGlob.ofResource("arn:${Partition}:s3:::${BucketName}").then(ArnGlob.ofGrant("/*")).intersects(BUCKET)).isFalse();
    }

    @Test
    void regionAndAccountPlaceholdersAreNeverEmpty() {
        ArnGlob accessPoint = ArnGlob.ofType("arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}");
        assertThat(ArnGlob.ofGrant("arn:aws:s3:::accesspoint/x").intersects(accessPoint)).isFalse();
        assertThat(ArnGlob.ofGrant("arn:aws:s3:us-east-1:123456789012:accesspoint/x").intersects(accessPoint)).isTrue();
    }

    @Test
    void starOnlyActionsMatchOnlyTheLiteralStar() {
        assertThat(ArnGlob.ofGrant("*").intersects(ArnGlob.literal("*"))).isTrue();
        assertThat(ArnGlob.ofGrant("arn:aws:logs:*:*:*").intersects(ArnGlob.literal("*"))).isFalse();
        assertThat(ArnGlob.ofGrant("*").matchesEverything()).isTrue();
        assertThat(ArnGlob.ofGrant("arn:*").matchesEverything()).isFalse();
    }
}
