package io.stacklint.rules.builtin.asl.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.rules.builtin.BuiltinRules;
import io.stacklint.rules.engine.LintRun;
import io.stacklint.rules.engine.Linter;
import io.stacklint.rules.engine.RuleRegistry;
import io.stacklint.rules.engine.RuleSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Definitions that validators (or AWS itself) call valid, and the deployable samples, get no structural
 * finding: except where the fixture contradicts what AWS does, listed here with the evidence.
 */
class ValidDefinitionsTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus");

    /** File name → the rule it gets, and why the fixture is wrong rather than the rule. */
    private static final Map<String, String> CONTRADICTIONS = Map.of(
            // AWS: "The field 'RoleArn' is required but was missing" (aws-recorded-localstack invalid_credentials_field).
            "valid-task-credentials.json", "ASL100 ASL101",
            "task-with-credentials.json", "ASL100 ASL101",
            // AWS: "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine" (invalid_downgrade_query_language).
            "valid-map-with-item-batcher-jsonata.json", "ASL106",
            // ItemReader, ResultWriter, Label and tolerated failures are Distributed Map fields, on Maps without ProcessorConfig.
            "valid-map-noconfig.asl.json", "ASL107",
            "valid-map-tolerated.json", "ASL107",
            // "QueryLanguage": "JSONata" written inside States: a known broken sample (ASL-SOURCES.md).
            "statemachine.asl.json@shared-fallback-state-jsonata", "ASL102 ASL105");

    @Test
    void validDefinitionsGetNoStructuralFindings() {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is absent");
        Path fixtures = CORPUS.resolve("validator-fixtures");
        List<Path> roots = Stream.of(fixtures.resolve("asl-validator/valid"), fixtures.resolve("statelint/valid"),
                fixtures.resolve("aws-recorded-localstack/standard/valid"),
                CORPUS.resolve("workflows")).filter(Files::isDirectory).toList();
        Linter linter = new Linter(new RuleRegistry(BuiltinRules.all()), RuleSettings.defaults());
        List<String> wrong = new LintRun(linter, CORPUS, file -> false).run(roots).findings().stream()
                .filter(f -> f.rule().id().compareTo("ASL100") >= 0 && f.rule().id().compareTo("ASL119") <= 0)
                .filter(f -> !expected(f.file(), f.rule().id()))
                .map(f -> f.file() + ":" + f.start() + " " + f.rule().id() + " " + f.message())
                .toList();
        assertThat(wrong).isEmpty();
    }

    private static boolean expected(String file, String rule) {
        String name = Path.of(file).getFileName().toString();
        return CONTRADICTIONS.entrySet().stream().anyMatch(e -> {
            String[] key = e.getKey().split("@");
            return key[0].equals(name) && (key.length == 1 || file.contains(key[1])) && List.of(e.getValue().split(" ")).contains(rule);
        });
    }
}
