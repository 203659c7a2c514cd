package io.stacklint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.stacklint.testing.Programs;
import io.stacklint.testing.ReadmeSnippets;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's pre-commit configuration, run by the real {@code pre-commit} against a scratch repository: the hook
 * builds itself in pre-commit's clone, blocks a commit with a finding, lets a clean one through, and keeps quiet
 * about a YAML file that is no template. Skipped where pre-commit or git is not installed ({@code .ci/run}
 * installs Debian's pre-commit).
 */
class PreCommitHookIT {
    private static final String WORKFLOW = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Flow:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  RoleArn: arn:aws:iam::123456789012:role/flow
                  Definition:
                    StartAt: Work
                    States:
                      Work:
                        Type: Task
                        Resource: arn:aws:states:::lambda:invoke
                        TimeoutSeconds: 30
                        Retry:
                          - ErrorEquals: [States.ALL]
                            BackoffRate: %s
                        End: true
            """;

    record Run(int exitCode, String output, long millis) {
    }

    @TempDir
    Path temp;

    @Test
    void theReadmeHookBlocksAFindingAndPassesACleanCommit() throws Exception {
        assumeTrue(Programs.onPath("pre-commit"), "pre-commit is not installed (apt-get install -y pre-commit); the hook test is skipped");
        assumeTrue(Programs.onPath("git"), "git is not installed; the hook test is skipped");
        Path hookRepo = snapshotOfThisCheckout(temp.resolve("stacklint"));
        String rev = git(hookRepo, "rev-parse", "HEAD").output().strip();

        Path work = Files.createDirectories(temp.resolve("work"));
        git(work, "init", "-q");
        String snippet = ReadmeSnippets.get("pre-commit");
        assertThat(snippet).contains("repo: https://github.com/stacklint/stacklint", "id: stacklint");
        Files.writeString(work.resolve(".pre-commit-config.yaml"), snippet
                .replace("https://github.com/stacklint/stacklint", hookRepo.toString())
                .replaceAll("rev: \\S+", "rev: " + rev));
        assertThat(run(work, "pre-commit", "install").exitCode()).isZero();

        Files.createDirectories(work.resolve(".github/workflows"));
        Files.writeString(work.resolve(".github/workflows/ci.yml"), "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps: []\n");
        Files.createDirectories(work.resolve("stacks"));
        Files.writeString(work.resolve("stacks/flow.yaml"), WORKFLOW.formatted("0.5"));
        git(work, "add", "-A");
        Run blocked = git(work, "commit", "-q", "-m", "a retry that Step Functions rejects");
        System.out.printf("pre-commit hook, first commit (builds the jar in pre-commit's clone): %d ms%n", blocked.millis());
        assertThat(blocked.exitCode()).as(blocked.output()).isNotZero();
        assertThat(blocked.output()).contains("stacks/flow.yaml:16:30: error: ", "[ASL004]")
                .doesNotContain("ci.yml").doesNotContain("PARSE004");

        Files.writeString(work.resolve("stacks/flow.yaml"), WORKFLOW.formatted("2.0"));
        git(work, "add", "-A");
        Run clean = git(work, "commit", "-q", "-m", "a retry that backs off");
        System.out.printf("pre-commit hook, clean commit (jar already built): %d ms%n", clean.millis());
        assertThat(clean.exitCode()).as(clean.output()).isZero();
        assertThat(git(work, "log", "--oneline").output().lines()).hasSize(1);
    }

    @Test
    void tryRepoRunsTheHookOnNamedFilesAndPassesOverYamlThatIsNoTemplate() throws Exception {
        assumeTrue(Programs.onPath("pre-commit"), "pre-commit is not installed (apt-get install -y pre-commit); the hook test is skipped");
        assumeTrue(Programs.onPath("git"), "git is not installed; the hook test is skipped");
        Path hookRepo = snapshotOfThisCheckout(temp.resolve("stacklint"));
        Path work = Files.createDirectories(temp.resolve("work"));
        git(work, "init", "-q");
        Files.createDirectories(work.resolve(".github/workflows"));
        Files.writeString(work.resolve(".github/workflows/ci.yml"), "on: push\njobs: {}\n");
        Files.writeString(work.resolve("flow.yaml"), WORKFLOW.formatted("0.5"));
        git(work, "add", "-A");
        Run tried = run(work, "pre-commit", "try-repo", hookRepo.toString(), "stacklint", "--files", ".github/workflows/ci.yml", "flow.yaml");
        System.out.printf("pre-commit try-repo (builds the jar in a fresh clone): %d ms%n", tried.millis());
        assertThat(tried.exitCode()).as(tried.output()).isNotZero();
        assertThat(tried.output()).contains("flow.yaml:16:30: error: ", "[ASL004]").doesNotContain("ci.yml:").doesNotContain("PARSE004");
    }

    /** This checkout as it is now, uncommitted edits included, committed to a repository pre-commit can clone. */
    private Path snapshotOfThisCheckout(Path target) throws Exception {
        Path project = Path.of("").toAbsolutePath();
        // A file in the middle of a merge is listed once per stage: copy it once.
        for (String file : new java.util.LinkedHashSet<>(List.of(git(project, "ls-files", "-co", "--exclude-standard", "-z").output().split("\0")))) {
            Path source = project.resolve(file);
            if (file.isEmpty() || !Files.isRegularFile(source)) {
                continue;
            }
            Path copy = target.resolve(file);
            Files.createDirectories(copy.getParent());
            Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
        git(target, "init", "-q");
        git(target, "add", "-A");
        git(target, "commit", "-q", "-m", "snapshot");
        return target;
    }

    private Run git(Path directory, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=stacklint test", "-c", "user.email=test@example.com",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        return run(directory, command.toArray(String[]::new));
    }

    private Run run(Path directory, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.put("PRE_COMMIT_HOME", temp.resolve("pre-commit-home").toString());
        env.put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + System.getenv("PATH"));
        env.put("GIT_AUTHOR_NAME", "stacklint test");
        env.put("GIT_AUTHOR_EMAIL", "test@example.com");
        env.put("GIT_COMMITTER_NAME", "stacklint test");
        env.put("GIT_COMMITTER_EMAIL", "test@example.com");
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output, (System.nanoTime() - start) / 1_000_000);
    }
}
