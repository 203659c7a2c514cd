package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stacklint.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report paths and fingerprints are relative to the repository root, whichever directory stacklint runs from. */
class RepositoryPathsTest {
    private static final String TEMPLATE = """
            Resources:
              Flow:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  Definition:
                    StartAt: Work
                    States:
                      Work: {Type: Task, Resource: "arn:aws:states:::sns:publish", End: true}
            """;

    @TempDir
    Path repo;

    @BeforeEach
    void repository() throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve("infra/stacks"));
        Files.writeString(repo.resolve("infra/stacks/flow.yaml"), TEMPLATE);
    }

    @Test
    void textPathsAreRelativeToTheGitTopLevelFromASubdirectory() {
        Cli.Result fromSubdir = Cli.run(repo.resolve("infra"), "--no-config", "stacks/flow.yaml");
        Cli.Result fromRoot = Cli.run(repo, "--no-config", "infra/stacks/flow.yaml");
        assertThat(fromSubdir.out()).contains("infra/stacks/flow.yaml:8:11: warning: Task 'Work' has no TimeoutSeconds");
        assertThat(fromSubdir.out()).isEqualTo(fromRoot.out());
    }

    @Test
    void sarifUrisAndFingerprintsDoNotDependOnTheWorkingDirectory() throws Exception {
        JsonNode fromSubdir = sarif(Cli.run(repo.resolve("infra/stacks"), "--no-config", "--format", "sarif", "."));
        JsonNode fromRoot = sarif(Cli.run(repo, "--no-config", "--format", "sarif", "infra"));
        String absolute = repo.resolve("infra/stacks/flow.yaml").toString();
        // Outside the repository, --root names it.
        JsonNode fromElsewhere = sarif(Cli.run(repo.getParent(), "--no-config", "--root", repo.toString(), "--format", "sarif", absolute));
        JsonNode result = fromRoot.at("/runs/0/results/0");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("infra/stacks/flow.yaml");
        assertThat(fromRoot.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText()).isEqualTo(repo.toUri().toString());
        for (JsonNode other : new JsonNode[] {fromSubdir, fromElsewhere}) {
            assertThat(other.at("/runs/0/results")).isEqualTo(fromRoot.at("/runs/0/results"));
            assertThat(other.at("/runs/0/originalUriBaseIds")).isEqualTo(fromRoot.at("/runs/0/originalUriBaseIds"));
        }
    }

    @Test
    void anAbsolutePathIsPrintedAsGiven() {
        String absolute = repo.resolve("infra/stacks/flow.yaml").toString();
        Cli.Result result = Cli.run(repo.resolve("infra"), "--no-config", absolute);
        assertThat(result.out()).contains(absolute + ":8:11: warning: ");
    }

    @Test
    void rootOptionChoosesTheBase() throws Exception {
        Cli.Result result = Cli.run(repo, "--no-config", "--root", "infra", "infra/stacks/flow.yaml");
        assertThat(result.out()).startsWith("stacks/flow.yaml:2:3: warning: ").doesNotContain("infra/stacks");
        JsonNode log = sarif(Cli.run(repo.resolve("infra/stacks"), "--no-config", "--root", "..", "--format", "sarif", "flow.yaml"));
        assertThat(log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("stacks/flow.yaml");
    }

    private static JsonNode sarif(Cli.Result result) throws Exception {
        assertThat(result.err()).isEmpty();
        return new ObjectMapper().readTree(result.out());
    }
}
