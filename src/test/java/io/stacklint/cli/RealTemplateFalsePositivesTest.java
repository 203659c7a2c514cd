package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What real templates showed stacklint reading differently from the tools that deploy them, through the CLI. */
class RealTemplateFalsePositivesTest {
    private static final String TEMPLATE = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Flow:
                Type: AWS::Serverless::StateMachine
                Properties:
                  Type: EXPRESS
                  AutoPublishAlias: live
                  DefinitionUri: %s
                  DefinitionSubstitutions:
                    QueueUrl: https://sqs.eu-west-1.amazonaws.com/123456789012/jobs
            """;
    /** A callback task (ASL152 in an Express machine) and a placeholder the resource substitutes (else ASL008). */
    private static final String DEFINITION = """
            {
              "StartAt": "Wait",
              "States": {
                "Wait": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                         "Parameters": {"QueueUrl": "${QueueUrl}", "MessageBody": {"Token.$": "$$.Task.Token"}},
                         "TimeoutSeconds": 60, "HeartbeatSeconds": 30, "End": true}
              }
            }
            """;

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<String> findings(Cli.Result result, String id) {
        return result.out().lines().filter(l -> l.endsWith("[" + id + "]")).toList();
    }

    @Test
    void statesNamedYesAndNoAreReachedByUnquotedNextAndDefault() {
        Cli.Result result = Cli.run("--format", "text", "testdata/rules/PARSE006/bad.yaml");
        assertThat(result.out()).doesNotContain("ASL150").doesNotContain("ASL147").doesNotContain("ASL151");
        assertThat(findings(result, "PARSE006")).hasSize(1);
    }

    @Test
    void aDefinitionUriThroughDotDotInsideTheGitRepositoryIsReadInItsTemplatesContext() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        write("stacks/orders/template.yaml", TEMPLATE.formatted("../../shared/flow.asl.json"));
        write("shared/flow.asl.json", DEFINITION);
        Cli.Result result = Cli.run(dir, "stacks/orders/template.yaml");
        assertThat(findings(result, "ASL007")).isEmpty();
        assertThat(findings(result, "ASL008")).as("the resource's substitutions apply").isEmpty();
        assertThat(findings(result, "ASL152")).as("the resource's Express type applies")
                .singleElement().asString().startsWith("shared/flow.asl.json:4:");
    }

    @Test
    void outsideGitTheDirectoryGivenOnTheCommandLineBoundsTheDefinitionUri() throws IOException {
        write("stacks/orders/template.yaml", TEMPLATE.formatted("../../shared/flow.asl.json"));
        write("shared/flow.asl.json", DEFINITION);
        assertThat(findings(Cli.run(dir, "."), "ASL007")).isEmpty();
        assertThat(findings(Cli.run(dir, "."), "ASL152")).hasSize(1);
        assertThat(findings(Cli.run(dir, "stacks/orders/template.yaml"), "ASL007")).singleElement().asString()
                .contains("leads to 'shared/flow.asl.json', outside the repository being linted");
    }

    @Test
    void aDefinitionUriInOtherLetterCaseIsReportedAndStillReadInItsTemplatesContext() throws IOException {
        write("template.yaml", TEMPLATE.formatted("statemachine/flow.asl.json"));
        write("StateMachine/Flow.asl.json", DEFINITION);
        Cli.Result result = Cli.run(dir, "template.yaml");
        assertThat(findings(result, "ASL160")).singleElement().asString().startsWith("template.yaml:8:22: error:")
                .contains("names 'statemachine/flow.asl.json', but the file on disk is 'StateMachine/Flow.asl.json'");
        assertThat(findings(result, "ASL006")).isEmpty();
        assertThat(findings(result, "ASL008")).isEmpty();
        assertThat(findings(result, "ASL152")).singleElement().asString().startsWith("StateMachine/Flow.asl.json:4:");
    }
}
