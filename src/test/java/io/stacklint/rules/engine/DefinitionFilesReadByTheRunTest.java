package io.stacklint.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.asl.DefinitionSource;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateMachineRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The run reads the files templates name in DefinitionUri and hands them to the model as trees: a definition
 * file a template read is checked once, in its template's context, whatever the order of the walk or the jobs.
 */
class DefinitionFilesReadByTheRunTest {
    /** Notes every state machine it is handed, and where its definition came from. */
    private static final class Seen implements StateMachineRule {
        final List<String> machines = new CopyOnWriteArrayList<>();

        @Override
        public RuleMeta meta() {
            return RuleMeta.of("SEEN001", "seen", "Every machine checked", Severity.NOTE, "0.1.0", "test");
        }

        @Override
        public void check(StateMachine machine, RuleContext context) {
            machines.add(machine.origin() + " " + machine.source().displayPath());
            context.report(machine.definition().node(), "checked");
        }
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void aDefinitionFileATemplateReadsIsCheckedOnlyInItsTemplate(int jobs) throws Exception {
        // "a-flow.asl.json" is found before the template that names it; "other.asl.json" is named by nobody.
        Files.writeString(dir.resolve("a-flow.asl.json"), "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}\n");
        Files.writeString(dir.resolve("other.asl.json"), "{\"StartAt\": \"B\", \"States\": {\"B\": {\"Type\": \"Succeed\"}}}\n");
        Files.writeString(dir.resolve("template.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Flow:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      DefinitionUri: a-flow.asl.json
                """);
        Seen seen = new Seen();
        LintRun.Outcome outcome = new LintRun(new Linter(new RuleRegistry(List.of(seen)), RuleSettings.defaults()), dir, dir, path -> false)
                .run(List.of(Path.of(".")), jobs);

        assertThat(seen.machines).containsExactlyInAnyOrder("DEFINITION_URI a-flow.asl.json", "STANDALONE other.asl.json");
        assertThat(outcome.linted()).containsExactlyInAnyOrder("a-flow.asl.json", "other.asl.json", "template.yaml");
        assertThat(outcome.findings()).extracting(f -> f.file()).containsExactlyInAnyOrder("a-flow.asl.json", "other.asl.json");
    }
}
