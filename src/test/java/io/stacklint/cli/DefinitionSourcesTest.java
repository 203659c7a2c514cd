package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.DocumentKind;
import io.stacklint.model.SourceModel;
import io.stacklint.model.SourceModels;
import io.stacklint.model.asl.DefinitionSource;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.parse.TreeParser;
import io.stacklint.source.SourceFile;
import io.stacklint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Definitions read from every source, through the real command line: a DefinitionUri file is reported once, in
 * its template's context, however it is reached; alone on the command line it is a standalone definition.
 */
class DefinitionSourcesTest {
    private static final String TEMPLATE = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Flow:
                Type: AWS::Serverless::StateMachine
                Properties:
                  AutoPublishAlias: live
                  DefinitionUri: statemachine/flow.asl.json
                  DefinitionSubstitutions:
                    WorkerArn: arn:aws:lambda:eu-west-1:123456789012:function:worker
            """;
    private static final String DEFINITION = """
            {
              "StartAt": "Work",
              "States": {
                "Work": {"Type": "Task", "Resource": "${WorkerArn}", "Comment": "${Missing}", "End": true}
              }
            }
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private List<String> findingLines(Cli.Result result) {
        return result.out().lines().filter(l -> l.matches(".+:\\d+:\\d+: .+\\]")).toList();
    }

    @Test
    void aDirectoryScanReportsTheDefinitionFileOnceInItsTemplatesContext() throws IOException {
        write("stack/template.yaml", TEMPLATE);
        write("stack/statemachine/flow.asl.json", DEFINITION);
        List<String> lines = findingLines(Cli.run(dir, "stack"));
        assertThat(lines).filteredOn(l -> l.contains("[ASL001]"))
                .containsExactly("stack/statemachine/flow.asl.json:4:5: warning: Task 'Work' has no TimeoutSeconds: if the call hangs, the execution waits up to a year [ASL001]");
        // Only the template says what fills ${Missing}: the finding proves the file was read in its context.
        assertThat(lines).filteredOn(l -> l.contains("[ASL008]"))
                .containsExactly("stack/statemachine/flow.asl.json:4:70: error: placeholder ${Missing} in the definition of 'Flow' has no "
                        + "DefinitionSubstitutions entry: it is deployed as the literal text '${Missing}' [ASL008]");
    }

    @Test
    void templateAndDefinitionNamedTogetherAreStillReportedOnce() throws IOException {
        write("stack/template.yaml", TEMPLATE);
        write("stack/statemachine/flow.asl.json", DEFINITION);
        List<String> lines = findingLines(Cli.run(dir, "stack/statemachine/flow.asl.json", "stack/template.yaml"));
        assertThat(lines).filteredOn(l -> l.contains("[ASL001]")).hasSize(1);
        assertThat(lines).filteredOn(l -> l.contains("[ASL008]")).hasSize(1);
    }

    @Test
    void aDefinitionFileNamedAloneIsLintedStandalone() throws IOException {
        write("stack/template.yaml", TEMPLATE);
        write("stack/statemachine/flow.asl.json", DEFINITION);
        Cli.Result result = Cli.run(dir, "stack/statemachine/flow.asl.json");
        assertThat(findingLines(result)).filteredOn(l -> l.contains("[ASL001]")).hasSize(1);
        assertThat(result.out()).doesNotContain("[ASL008]").contains("in 1 file");
    }

    @Test
    void aLinkThatLeadsOutOfTheTemplatesDirectoryIsRefusedUnread() throws IOException {
        write("stack/template.yaml", TEMPLATE);
        Path secret = write("elsewhere/secret.json", "{\"StartAt\": \"X\", \"States\": {\"X\": {\"Type\": \"Task\", \"Resource\": \"r\", \"End\": true}}}");
        Files.createDirectories(dir.resolve("stack/statemachine"));
        Files.createSymbolicLink(dir.resolve("stack/statemachine/flow.asl.json"), secret);
        List<String> lines = findingLines(Cli.run(dir, "stack/template.yaml"));
        assertThat(lines).anyMatch(l -> l.startsWith("stack/template.yaml:7:22: error: DefinitionUri of 'Flow' leads to 'stack/statemachine/flow.asl.json', a symbolic link to a file outside the repository being linted")
                && l.endsWith("[ASL007]"));
        assertThat(lines).noneMatch(l -> l.contains("secret.json"));
    }

    @Test
    void everySourceSaysWhereItsDefinitionCameFrom() throws IOException {
        Path template = write("stack/template.yaml", TEMPLATE + """
                  Inline:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      Definition: {StartAt: A, States: {A: {Type: Succeed}}}
                  Text:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      DefinitionString: '{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}'
                """);
        Path definition = write("stack/statemachine/flow.asl.json", DEFINITION);
        List<Path> read = new java.util.ArrayList<>();
        SourceModel model = SourceModels.of(TreeParser.parse(SourceFile.read(template, "stack/template.yaml")),
                new io.stacklint.rules.engine.DefinitionFileReader(null, (file, isDefinition) -> read.add(file)));
        assertThat(model.stateMachines()).extracting(StateMachine::origin)
                .containsExactly(DefinitionSource.DEFINITION_URI, DefinitionSource.DEFINITION, DefinitionSource.DEFINITION_STRING);
        StateMachine fromFile = model.stateMachines().get(0);
        assertThat(fromFile.source().displayPath()).isEqualTo("stack/statemachine/flow.asl.json");
        assertThat(fromFile.substitutions().has("WorkerArn")).isTrue();
        assertThat(fromFile.placeholders()).extracting(p -> p.name()).containsExactly("WorkerArn", "Missing");
        assertThat(read).containsExactly(definition.toRealPath());
        // The model does no file I/O: made from the tree alone, it leaves the file unread.
        SourceModel treeOnly = SourceModels.of(TreeParser.parse(SourceFile.read(template, "stack/template.yaml")));
        assertThat(treeOnly.stateMachines()).extracting(StateMachine::origin).containsExactly(DefinitionSource.DEFINITION, DefinitionSource.DEFINITION_STRING);
        assertThat(treeOnly.unreadSources()).extracting(u -> u.property()).containsExactly("DefinitionUri");
        assertThat(model.stateMachines().get(2).source()).isSameAs(model.source());
    }

    @Test
    void theResourcesSuppressionsCoverItsDefinitionFile() throws IOException {
        write("stack/template.yaml", TEMPLATE.replace("    Properties:\n      AutoPublishAlias",
                "    Metadata:\n      stacklint:\n        ignore: [ASL001]\n    Properties:\n      AutoPublishAlias"));
        write("stack/statemachine/flow.asl.json", DEFINITION);
        Cli.Result result = Cli.run(dir, "stack");
        assertThat(result.out()).doesNotContain("[ASL001]").contains("[ASL008]");
    }

    @Test
    void standaloneDefinitionsAreKnownByNameOrByTheirTopLevel() {
        assertThat(DocumentKind.classify("flow.asl", TreeParser.parse(SourceFile.of("flow.asl", "{\"Comment\": \"draft\"}")).root()))
                .isEqualTo(DocumentKind.STATE_MACHINE_DEFINITION);
        assertThat(DocumentKind.classify("flow.yml", TreeParser.parse(SourceFile.of("flow.yml", "StartAt: A\nStates: {A: {Type: Succeed}}\n")).root()))
                .isEqualTo(DocumentKind.STATE_MACHINE_DEFINITION);
        assertThat(DocumentKind.classify("config.json", TreeParser.parse(SourceFile.of("config.json", "{\"States\": []}")).root()))
                .isEqualTo(DocumentKind.OTHER);
    }
}
