package io.stacklint.model.iam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionCatalogTest {
    private final ActionCatalog catalog = ActionCatalog.get();

    @Test
    void looksUpActionsCaseInsensitivelyInTheReferenceCasing() {
        assertThat(catalog.canonical("STATES:startexecution")).contains("states:StartExecution");
        assertThat(catalog.canonical("states:StartExecutions")).isEmpty();
        assertThat(catalog.canonical("nosuchservice:Get")).isEmpty();
        assertThat(catalog.canonical("states")).isEmpty();
        assertThat(catalog.knowsService("States")).isTrue();
        assertThat(catalog.knowsService("statez")).isFalse();
        assertThat(catalog.serviceName("states")).contains("AWS Step Functions");
        assertThat(catalog.dataDate()).isEqualTo("2026-06-14");
    }

    @Test
    void expandsWildcardsOverTheWholeCatalog() {
        assertThat(catalog.expand("s3:Get*")).contains("s3:GetObject", "s3:GetBucketPolicy").doesNotContain("s3:PutObject");
        assertThat(catalog.expand("states:Describe?xecution")).containsExactly("states:DescribeExecution");
        assertThat(catalog.expand("states:StartExecution")).containsExactly("states:StartExecution");
        assertThat(catalog.expand("STATES:startexecution")).containsExactly("states:StartExecution");
        assertThat(catalog.expand("states:NoSuch*")).isEmpty();
        assertThat(catalog.expand("st?tes:StartExecution")).containsExactly("states:StartExecution");
        assertThat(catalog.expand("*:StartExecution")).contains("states:StartExecution");
        assertThat(catalog.expand("*")).hasSizeGreaterThan(20_000);
        assertThat(catalog.expand("states")).isEmpty();
    }

    @Test
    void knowsResourceTypesAndWhichActionsTakeOnlyStar() {
        assertThat(catalog.resourceTypes("states:DescribeExecution")).containsExactly("execution", "express");
        assertThat(catalog.requiredResourceTypes("states:StartExecution")).containsExactly("statemachine");
        assertThat(catalog.resourceTypes("s3:ListBucket")).containsExactly("accesspoint", "bucket");
        assertThat(catalog.requiredResourceTypes("s3:ListBucket")).isEmpty();
        assertThat(catalog.requiresStar("xray:PutTraceSegments")).isTrue();
        assertThat(catalog.requiresStar("logs:CreateLogDelivery")).isTrue();
        assertThat(catalog.requiresStar("states:StartExecution")).isFalse();
        assertThat(catalog.requiresStar("states:NoSuchAction")).as("unknown actions are not known to need '*'").isFalse();
        assertThat(catalog.resourceTypes("nosuch:Action")).isEmpty();
        assertThat(catalog.accessLevel("iam:PassRole")).contains("Write");
        assertThat(catalog.accessLevel("states:ListStateMachines")).contains("List");
    }

    @Test
    void givesArnPatternsOfResourceTypes() {
        assertThat(catalog.arnPatterns("states", "stateMachine"))
                .containsExactly("arn:${Partition}:states:${Region}:${Account}:stateMachine:${StateMachineName}");
        assertThat(catalog.arnPatterns("states", "statemachine*")).hasSize(1);
        assertThat(catalog.arnPatterns("s3", "object")).containsExactly("arn:${Partition}:s3:::${BucketName}/${ObjectName}");
        assertThat(catalog.arnPatterns("s3", "nosuchtype")).isEmpty();
        assertThat(catalog.arnPatterns("nosuch", "bucket")).isEmpty();
        assertThat(catalog.resourceTypesOf("states")).extracting(pair -> pair[0]).contains("statemachine", "execution");
    }

    @Test
    void suggestsTheClosestRealActionForATypo() {
        assertThat(catalog.closest("ecs:StopTasks")).contains("ecs:StopTask");
        assertThat(catalog.closest("states:StartExecutions")).contains("states:StartExecution");
        assertThat(catalog.closest("states:startexecution")).contains("states:StartExecution");
        assertThat(catalog.closest("lamda:InvokeFunction")).contains("lambda:InvokeFunction");
        assertThat(catalog.closest("bedrock-agent:CreateKnowledgeBase")).contains("bedrock:CreateKnowledgeBase");
        assertThat(catalog.closest("s3:ReplicationTags")).contains("s3:ReplicateTags");
        assertThat(catalog.closest("states:CompletelyDifferentThing")).isEmpty();
        assertThat(catalog.closest("zzzzzzzz:Get")).isEmpty();
        assertThat(catalog.closest("states:Start*")).isEmpty();
    }

    @Test
    void tellsActionsNewerThanTheDataFromUnknownOnes() {
        String newer = "account-access:createapplication";
        assertThat(catalog.canonical(newer)).isEmpty();
        assertThat(catalog.isNewerThanData("Account-Access:CreateApplication")).isTrue();
        assertThat(catalog.isNewerThanData("account-access:Create*")).isTrue();
        assertThat(catalog.isNewerThanData("states:StartExecutions")).isFalse();
    }

    @Test
    void wildcardsMatchAsIamDoes() {
        assertThat(Wildcards.matchesIgnoreCase("s3:get*", "S3:GetObject")).isTrue();
        assertThat(Wildcards.matches("arn:aws:s3:::b/*", "arn:aws:s3:::b/k/x")).isTrue();
        assertThat(Wildcards.matches("arn:aws:s3:::B/*", "arn:aws:s3:::b/k")).as("ARNs are case-sensitive").isFalse();
        assertThat(Wildcards.matches("a?c", "abc")).isTrue();
        assertThat(Wildcards.matches("a?c", "ac")).isFalse();
        assertThat(Wildcards.matches("*a*b", "xxaxxbxb")).isTrue();
        assertThat(Wildcards.matches("*a*b", "xxaxxbx")).isFalse();
        assertThat(Wildcards.matches("", "")).isTrue();
        assertThat(Wildcards.matches("*", "")).isTrue();
    }
}
