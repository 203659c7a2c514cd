package io.stacklint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stacklint.rules.api.Finding;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.builtin.BuiltinRules;
import io.stacklint.rules.engine.LintRun;
import io.stacklint.rules.engine.Linter;
import io.stacklint.rules.engine.RuleRegistry;
import io.stacklint.rules.engine.RuleSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ASL gate over the validator fixtures of {@code ../shared/corpus}: every definition its validator (or
 * AWS itself, for the recorded LocalStack fixtures) calls valid gets no error of a rule that judges validity,
 * and every one called invalid gets at least one. A verdict that contradicts the ASL specification or Step Functions is not obeyed: it is
 * listed, with its evidence, in {@code verdict-exceptions.tsv}, and the test fails when an entry there is no
 * longer needed. Skipped, with a message, where the corpus is absent.
 */
class AslCorpusGateTest {
    private static final Path FIXTURES = CorpusTest.CORPUS.resolve("validator-fixtures");
    private static final JsonMapper JSON5 = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS, JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
            .build();
    /** LocalStack's tests put an activity ARN where these fixtures say __tbd__ (EXPECTATIONS.tsv). */
    private static final String TBD_ACTIVITY = "arn:aws:states:us-east-1:111122223333:activity:Worker";

    record Case(String name, Path file, boolean valid) {
    }

    record Verdict(Case c, List<Finding> errors) {
        boolean agrees() {
            return c.valid() == errors.isEmpty();
        }

        String describe() {
            return c.name() + " (" + (c.valid() ? "valid" : "invalid") + "): "
                    + (errors.isEmpty() ? "no error" : errors.stream()
                    .map(f -> f.start() + " " + f.rule().id() + " " + f.message()).collect(Collectors.joining("; ")));
        }
    }

    private static Linter linter;
    private static final List<Verdict> verdicts = new ArrayList<>();
    private static Map<String, String> exceptions;

    @BeforeAll
    static void judgeEveryFixture() throws IOException {
        if (!Files.isDirectory(FIXTURES)) {
            System.out.println("asl corpus gate: ../shared/corpus is absent: skipped (CI always has it)");
        }
        Assumptions.assumeTrue(Files.isDirectory(FIXTURES), "../shared/corpus is absent: ASL corpus gate skipped (CI always has it)");
        linter = new Linter(new RuleRegistry(BuiltinRules.all()), RuleSettings.defaults());
        exceptions = readExceptions();
        Path work = Files.createTempDirectory("stacklint-gate");
        List<Case> cases = new ArrayList<>();
        for (String tool : List.of("asl-validator", "statelint")) {
            for (String verdict : List.of("valid", "invalid")) {
                for (Path file : list(FIXTURES.resolve(tool).resolve(verdict))) {
                    cases.add(new Case(tool + "/" + verdict + "/" + file.getFileName(), file, verdict.equals("valid")));
                }
            }
        }
        Path recorded = FIXTURES.resolve("aws-recorded-localstack");
        for (String type : List.of("standard", "express")) {
            for (String verdict : List.of("valid", "invalid")) {
                for (Path file : list(recorded.resolve(type).resolve(verdict))) {
                    Path converted = fromJson5(file, work.resolve(type + "-" + verdict), type.equals("express"));
                    cases.add(new Case("aws-recorded-localstack/" + type + "/" + verdict + "/" + file.getFileName(), converted, verdict.equals("valid")));
                }
            }
        }
        for (Case c : cases) {
            LintRun.Outcome outcome = new LintRun(linter, c.file().getParent(), f -> false).run(List.of(c.file()));
            assertThat(outcome.failures()).as(c.name()).isEmpty();
            verdicts.add(new Verdict(c, outcome.findings().stream()
                    .filter(f -> f.severity() == Severity.ERROR && !f.isSuppressed() && judgesValidity(f)).toList()));
        }
        Map<String, long[]> bySet = new TreeMap<>();
        for (Verdict v : verdicts) {
            String set = v.c().name().substring(0, v.c().name().lastIndexOf('/'));
            long[] counts = bySet.computeIfAbsent(set, k -> new long[2]);
            counts[0]++;
            counts[1] += v.agrees() ? 1 : 0;
        }
        bySet.forEach((set, counts) -> System.out.printf("asl corpus gate: %-42s %3d of %3d agree%n", set, counts[1], counts[0]));
        verdicts.stream().filter(v -> !v.agrees()).forEach(v -> System.out.println("asl corpus gate: disagrees: " + v.describe()));
    }

    @Test
    void knownValidDefinitionsGetNoError() {
        assertThat(verdicts.stream().filter(v -> v.c().valid() && !v.agrees() && !exceptions.containsKey(v.c().name()))
                .map(Verdict::describe)).isEmpty();
    }

    @Test
    void knownInvalidDefinitionsGetAnError() {
        assertThat(verdicts.stream().filter(v -> !v.c().valid() && !v.agrees() && !exceptions.containsKey(v.c().name()))
                .map(Verdict::describe)).isEmpty();
    }

    @Test
    void everyListedContradictionIsStillOne() {
        List<String> names = verdicts.stream().filter(v -> !v.agrees()).map(v -> v.c().name()).toList();
        assertThat(exceptions.keySet()).as("verdict-exceptions.tsv lists fixtures stacklint now agrees with").isSubsetOf(names);
    }

    /**
     * Whether Step Functions accepts a definition is said by the correctness and parse rules; a reliability
     * rule's error (a callback Task with no timeout) is policy, which a valid definition may well break.
     */
    private static boolean judgesValidity(Finding finding) {
        return finding.rule().tags().contains("correctness") || finding.rule().tags().contains("parse");
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * Stacklint reads JSON and YAML, as Step Functions does; LocalStack writes its fixtures in JSON5. Each is
     * rewritten as plain JSON (an Express one inside a template that makes it Express) before it is linted.
     */
    private static Path fromJson5(Path file, Path dir, boolean express) throws IOException {
        Files.createDirectories(dir);
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\"__tbd__\"", "\"" + TBD_ACTIVITY + "\"");
        JsonNode definition = JSON5.readTree(text);
        String stem = file.getFileName().toString().replaceFirst("\\.json5$", "");
        if (!express) {
            Path out = dir.resolve(stem + ".asl.json");
            JSON5.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), definition);
            return out;
        }
        ObjectNode template = JSON5.createObjectNode();
        ObjectNode properties = template.putObject("Resources").putObject("Workflow").put("Type", "AWS::StepFunctions::StateMachine")
                .putObject("Properties");
        properties.put("StateMachineType", "EXPRESS").put("RoleArn", "arn:aws:iam::111122223333:role/workflow");
        properties.set("Definition", definition);
        Path out = dir.resolve(stem + ".template.json");
        JSON5.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), template);
        return out;
    }

    /** Fixture name, tab, the verdict stacklint gives instead, tab, the evidence. */
    private static Map<String, String> readExceptions() {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = AslCorpusGateTest.class.getResourceAsStream("verdict-exceptions.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", 3);
                    assertThat(parts).as("verdict-exceptions.tsv line: %s", line).hasSize(3);
                    out.put(parts[0], parts[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
