package io.stacklint.model.iam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IamActionsTest {
    @Test
    void unscopableActionsComeFromTheCatalog() {
        assertThat(IamActions.isUnscopable("xray:PutTraceSegments")).isTrue();
        assertThat(IamActions.isUnscopable("LOGS:createlogdelivery")).isTrue();
        assertThat(IamActions.isUnscopable("states:SendTaskSuccess")).isTrue();
        assertThat(IamActions.isUnscopable("states:StartExecution")).isFalse();
        assertThat(IamActions.isUnscopable("ec2:Describe*")).as("most describe calls take only *").isTrue();
        assertThat(IamActions.isUnscopable("s3:Get*")).isFalse();
        assertThat(IamActions.isUnscopable("states:NoSuch")).isFalse();
        assertThat(IamActions.isUnscopable("states:NoSuch*")).isFalse();
    }

    @Test
    void effectivelyStarResourcesNameEveryResourceOfAType() {
        assertThat(IamActions.isEffectivelyStar("arn:aws:s3:::*")).isTrue();
        assertThat(IamActions.isEffectivelyStar("arn:aws:s3:::*/*")).isTrue();
        assertThat(IamActions.isEffectivelyStar("arn:aws:states:*:*:stateMachine:*")).isTrue();
        assertThat(IamActions.isEffectivelyStar("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:*")).isTrue();
        assertThat(IamActions.isEffectivelyStar("arn:aws:logs:*:*:log-group:*:*")).isTrue();
        assertThat(IamActions.isEffectivelyStar("arn:aws:s3:::reports/*")).isFalse();
        assertThat(IamActions.isEffectivelyStar("arn:aws:states:*:*:stateMachine:orders-*")).isFalse();
        assertThat(IamActions.isEffectivelyStar("arn:aws:glue:us-east-1:123456789012:catalog")).isFalse();
        assertThat(IamActions.isEffectivelyStar("arn:aws:s3:::${Bucket}/*")).isFalse();
        assertThat(IamActions.isEffectivelyStar("*")).as("plain * is IAM002's first case, not this one").isFalse();
        assertThat(IamActions.isEffectivelyStar("not-an-arn")).isFalse();
    }
}
