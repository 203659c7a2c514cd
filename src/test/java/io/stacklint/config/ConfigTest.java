package io.stacklint.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.cli.ExitCodes;
import io.stacklint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .stacklint.yaml}: found upward from the working directory, validated, positioned errors, and precedence. */
class ConfigTest {
    @TempDir
    Path dir;

    @BeforeEach
    void template() throws IOException {
        Files.createDirectories(dir.resolve("stacks"));
        Files.writeString(dir.resolve("stacks/t.yaml"), """
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: "sts:AssumeRole"}]}
                      Policies:
                        - PolicyName: p
                          PolicyDocument:
                            Statement:
                              - Effect: Allow
                                Action: "s3:*"
                                Resource: !Sub "arn:${AWS::Partition}:s3:::bucket/*"
                            Version: "2012-10-17"
                """);
    }

    @Test
    void configFoundAboveTheWorkingDirectoryApplies() throws IOException {
        Files.writeString(dir.resolve(".stacklint.yaml"), "fail-on: warning\n");
        Cli.Result result = Cli.run(dir.resolve("stacks"), "t.yaml");
        assertThat(result.out()).contains("t.yaml:11:25: warning: Action 's3:*'");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(result.err()).isEmpty();
        assertThat(Cli.run(dir.resolve("stacks"), "--no-config", "t.yaml").exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void severityDisableAndExcludeFromConfig() throws IOException {
        Files.writeString(dir.resolve(".stacklint.yaml"), "severity:\n  service-wildcard-action: error\n");
        assertThat(Cli.run(dir, "stacks").out()).contains("error: Action 's3:*'");
        Files.writeString(dir.resolve(".stacklint.yaml"), "disable: [IAM004]\n");
        assertThat(Cli.run(dir, "stacks").out()).startsWith("No problems found");
        Files.writeString(dir.resolve(".stacklint.yaml"), "exclude: ['stacks/**']\n");
        assertThat(Cli.run(dir, "stacks").out()).startsWith("No problems found in 0 files");
        assertThat(Cli.run(dir.resolve("stacks"), ".").out()).as("relative to the config file, not the working directory")
                .startsWith("No problems found in 0 files");
    }

    @Test
    void commandLineWinsOverConfig() throws IOException {
        Files.writeString(dir.resolve(".stacklint.yaml"), "disable: [IAM004]\nfail-on: none\n");
        Cli.Result result = Cli.run(dir, "--enable", "IAM004", "--fail-on", "warning", "stacks");
        assertThat(result.out()).contains("Action 's3:*'");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void invalidConfigIsAPositionedErrorAndExitTwo() throws IOException {
        Files.writeString(dir.resolve(".stacklint.yaml"), "fail-on: sometimes\ndisabled: [ASL001]\nseverity:\n  ASL001: loud\n");
        Cli.Result result = Cli.run(dir, "stacks");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains(".stacklint.yaml:1:10: 'fail-on' is 'sometimes'; it must be one of")
                .contains(".stacklint.yaml:2:1: unknown setting 'disabled'")
                .contains(".stacklint.yaml:4:11: 'severity.ASL001' is 'loud'");
    }

    @Test
    void unknownRuleInConfigIsPositioned() throws IOException {
        Files.writeString(dir.resolve(".stacklint.yaml"), "disable:\n  - ASL001\n  - NOPE001\n");
        Cli.Result result = Cli.run(dir, "stacks");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains(".stacklint.yaml:3:5: unknown rule 'NOPE001'");
    }

    @Test
    void brokenYamlInConfigAndMissingExplicitConfig() throws IOException {
        Files.writeString(dir.resolve("custom.yaml"), "disable: [ASL001\n");
        Cli.Result broken = Cli.run(dir, "--config", "custom.yaml", "stacks");
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(broken.err()).containsPattern("custom\\.yaml:2:1: YAML syntax error");
        Cli.Result missing = Cli.run(dir, "--config", "nope.yaml", "stacks");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("nope.yaml: no such configuration file");
    }

    @Test
    void invalidExcludeGlobIsAPositionedConfigError() throws IOException {
        Files.writeString(dir.resolve(".stacklint.yaml"), "exclude:\n  - \"legacy/[\"\n");
        Cli.Result result = Cli.run(dir, "stacks");
        assertThat(result.exitCode()).isEqualTo(io.stacklint.cli.ExitCodes.USAGE);
        assertThat(result.err()).contains(".stacklint.yaml:2:5: 'legacy/[' is not a valid glob");
    }
}
