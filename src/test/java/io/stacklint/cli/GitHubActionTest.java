package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.stacklint.testing.ReadmeSnippets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code action.yml} and the README's workflow are what GitHub accepts: each validates against its Schema Store
 * schema (copied under src/test/resources/schema/github), and the workflow uses only inputs the action declares.
 * {@code GitHubActionIT} runs the action's lint step itself.
 */
class GitHubActionTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static JsonNode action() throws IOException {
        return YAML.readTree(Path.of("action.yml").toFile());
    }

    static JsonNode readmeWorkflow() throws IOException {
        return YAML.readTree(ReadmeSnippets.get("github-actions"));
    }

    private static JsonSchema schema(String name) throws IOException {
        try (InputStream in = GitHubActionTest.class.getResourceAsStream("/schema/github/" + name)) {
            assertThat(in).as(name).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @Test
    void actionMetadataIsValidAgainstTheSchemaStoreSchema() throws IOException {
        assertThat(schema("github-action.json").validate(action())).isEmpty();
        assertThat(action().at("/runs/using").asText()).isEqualTo("composite");
    }

    @Test
    void thisRepositorysOwnWorkflowIsValidToo() throws IOException {
        assertThat(schema("github-workflow.json").validate(YAML.readTree(Path.of(".github/workflows/ci.yml").toFile()))).isEmpty();
    }

    @Test
    void theSchemaCatchesAMistakeInActionMetadata() throws IOException {
        JsonNode broken = action().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/runs")).put("using", "compost");
        assertThat(schema("github-action.json").validate(broken)).isNotEmpty();
    }

    @Test
    void theReadmeWorkflowIsValidGrantsCodeScanningAndUsesDeclaredInputs() throws IOException {
        JsonNode workflow = readmeWorkflow();
        assertThat(schema("github-workflow.json").validate(workflow)).isEmpty();
        assertThat(workflow.at("/permissions/security-events").asText()).isEqualTo("write");
        JsonNode step = null;
        for (JsonNode candidate : workflow.at("/jobs/stacklint/steps")) {
            if (candidate.path("uses").asText().startsWith("stacklint/stacklint@")) {
                step = candidate;
            }
        }
        assertThat(step).as("a step uses stacklint/stacklint@REF").isNotNull();
        List<String> declared = new ArrayList<>();
        action().path("inputs").fieldNames().forEachRemaining(declared::add);
        List<String> used = new ArrayList<>();
        step.path("with").fieldNames().forEachRemaining(used::add);
        assertThat(declared).containsAll(used);
    }

    @Test
    void theActionUploadsSarifOnlyWhenItWasWrittenAndFailsAfterwards() throws IOException {
        List<String> names = new ArrayList<>();
        action().at("/runs/steps").forEach(s -> names.add(s.path("name").asText()));
        assertThat(names).containsExactly("Set up Java", "Build stacklint (once per runner, unless a jar is given)", "Run stacklint",
                "Upload SARIF to code scanning", "Fail on findings");
        JsonNode upload = action().at("/runs/steps/3");
        assertThat(upload.path("uses").asText()).startsWith("github/codeql-action/upload-sarif@");
        assertThat(upload.path("if").asText()).startsWith("always()");
    }
}
