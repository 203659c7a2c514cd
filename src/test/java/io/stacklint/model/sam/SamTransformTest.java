package io.stacklint.model.sam;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.SourceModels;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.ResourceRefs;
import io.stacklint.model.cfn.Template;
import io.stacklint.parse.TreeParser;
import io.stacklint.source.SourceFile;
import io.stacklint.tree.MapNode;
import org.junit.jupiter.api.Test;

/** What SAM deploys for a state machine, as the rules see it, with every derived node at its SAM source. */
class SamTransformTest {
    private static Template template(String text) {
        return SourceModels.of(TreeParser.parse(SourceFile.of("template.yaml", text))).template();
    }

    private static final String SAM = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Flow:
                Type: AWS::Serverless::StateMachine
                Condition: InProd
                Properties:
                  AutoPublishAlias: live
                  DeploymentPreference:
                    Type: CANARY
                    Percentage: 10
                    Interval: 5
                  Definition: {StartAt: Done, States: {Done: {Type: Succeed}}}
              Plain:
                Type: AWS::Serverless::StateMachine
                Properties:
                  AutoPublishAlias: beta
                  Definition: {StartAt: Done, States: {Done: {Type: Succeed}}}
            """;

    @Test
    void autoPublishAliasDeploysAVersionRepublishedOnEveryRevisionAndAnAliasOnIt() {
        Template template = template(SAM);
        Resource version = template.resource("FlowVersion").orElseThrow();
        assertThat(version.type()).isEqualTo("AWS::StepFunctions::StateMachineVersion");
        assertThat(ResourceRefs.target(version.property("StateMachineArn"))).isEqualTo("Flow");
        assertThat(version.property("StateMachineRevisionId").asMap().intrinsicName()).isEqualTo("Fn::GetAtt");
        assertThat(version.key().span().startPosition().toString()).as("at AutoPublishAlias").isEqualTo("7:7");
        assertThat(version.condition().text()).isEqualTo("InProd");
        assertThat(template.derivedFrom(version).logicalId()).isEqualTo("Flow");

        Resource alias = template.resource("FlowAliaslive").orElseThrow();
        assertThat(alias.type()).isEqualTo("AWS::StepFunctions::StateMachineAlias");
        assertThat(alias.property("Name").text()).isEqualTo("live");
        MapNode preference = alias.property("DeploymentPreference").asMap();
        assertThat(preference.text("Type")).isEqualTo("CANARY");
        assertThat(ResourceRefs.target(preference.get("StateMachineVersionArn"))).isEqualTo("FlowVersion");
        assertThat(alias.properties().entry("DeploymentPreference").key().span().startPosition().toString())
                .as("at the SAM DeploymentPreference key").isEqualTo("8:7");
        assertThat(preference.path().toString()).startsWith("Resources/Flow/");
    }

    @Test
    void withoutDeploymentPreferenceTheAliasShiftsAllAtOnce() {
        Resource alias = template(SAM).resource("PlainAliasbeta").orElseThrow();
        assertThat(alias.property("DeploymentPreference").asMap().text("Type")).isEqualTo("ALL_AT_ONCE");
    }

    @Test
    void aSamStateMachineIsKnownAsTheStepFunctionsResourceItDeploysAsWithItsPropertiesRenamedInPlace() {
        Template template = template("""
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Flow:
                    Type: AWS::Serverless::StateMachine
                    Condition: InProd
                    Metadata: {stacklint: {ignore: [CFN011]}}
                    Properties:
                      Name: orders
                      Type: EXPRESS
                      Role: !GetAtt FlowRole.Arn
                      Logging: {Level: ALL}
                      Tracing: {Enabled: true}
                      Policies: [AWSXrayWriteOnlyAccess]
                      Definition: {StartAt: Done, States: {Done: {Type: Succeed}}}
                """);
        Resource written = template.resource("Flow").orElseThrow();
        Resource deployed = template.deployedAs(written);
        assertThat(written.type()).as("rules that do not ask still see what is written").isEqualTo("AWS::Serverless::StateMachine");
        assertThat(deployed.type()).isEqualTo("AWS::StepFunctions::StateMachine");
        assertThat(deployed.logicalId()).isEqualTo("Flow");
        assertThat(deployed.key()).isSameAs(written.key());
        assertThat(deployed.properties().entries()).extracting(e -> e.name())
                .containsExactly("StateMachineName", "StateMachineType", "RoleArn", "LoggingConfiguration", "TracingConfiguration");
        assertThat(deployed.property("LoggingConfiguration")).as("the written value itself").isSameAs(written.property("Logging"));
        assertThat(deployed.properties().entry("TracingConfiguration").key().span().startPosition().toString())
                .as("at the written Tracing key").isEqualTo("12:7");
        assertThat(deployed.condition().text()).isEqualTo("InProd");
        assertThat(deployed.metadata()).as("its suppressions too").isSameAs(written.metadata());
        assertThat(SamTransform.deployedType("AWS::Serverless::StateMachine")).isEqualTo("AWS::StepFunctions::StateMachine");
        Resource plain = template("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n").resource("Q").orElseThrow();
        assertThat(template(SAM).deployedAs(plain)).as("a resource SAM does not replace is itself").isSameAs(plain);
    }

    @Test
    void writtenResourcesStayAsWrittenAndPlainTemplatesAreUntouched() {
        assertThat(template(SAM).writtenResources()).extracting(Resource::logicalId).containsExactly("Flow", "Plain");
        Template plain = template("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n");
        assertThat(plain.resources()).extracting(Resource::logicalId).containsExactly("Q");
    }

    @Test
    void aFunctionWithAutoPublishAliasDeploysAVersionAndAnAliasThatInvokeTheFunction() {
        Template template = template("""
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Charge:
                    Type: AWS::Serverless::Function
                    Properties:
                      AutoPublishAlias: live
                      ProvisionedConcurrencyConfig: {ProvisionedConcurrentExecutions: 2}
                """);
        Resource alias = template.resource("ChargeAliaslive").orElseThrow();
        assertThat(alias.type()).isEqualTo(FunctionTargets.ALIAS);
        assertThat(alias.property("Name").text()).isEqualTo("live");
        assertThat(ResourceRefs.target(alias.property("FunctionVersion"))).isEqualTo("ChargeVersion");
        assertThat(alias.property("ProvisionedConcurrencyConfig")).isNotNull();
        assertThat(alias.key().span().startPosition().toString()).as("at AutoPublishAlias").isEqualTo("6:7");
        assertThat(template.derivedFrom(alias).logicalId()).isEqualTo("Charge");
        assertThat(template.resource("ChargeVersion").orElseThrow().type()).isEqualTo(FunctionTargets.VERSION);
        Resource charge = template.resource("Charge").orElseThrow();
        assertThat(FunctionTargets.function(template, "ChargeAliaslive")).isEqualTo(charge);
        assertThat(FunctionTargets.function(template, "Charge.Alias")).isEqualTo(charge);
        assertThat(FunctionTargets.function(template, "Charge.Version")).isEqualTo(charge);
        assertThat(FunctionTargets.function(template, "ChargeRole")).isNull();
    }
}
