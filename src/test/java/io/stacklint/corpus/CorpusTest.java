package io.stacklint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.rules.api.Finding;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.builtin.BuiltinRules;
import io.stacklint.rules.engine.LintRun;
import io.stacklint.rules.engine.Linter;
import io.stacklint.rules.engine.RuleRegistry;
import io.stacklint.rules.engine.RuleSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public corpus in {@code ../shared/corpus} (never copied into the project): no file may crash the
 * linter, and definitions that their validators call valid must not get findings that claim Step Functions
 * would reject them. Skipped, with a message, where the corpus is absent (a user's clone); CI always has it.
 */
class CorpusTest {
    static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static LintRun.Outcome outcome;

    @BeforeAll
    static void lintTheWholeCorpus() {
        if (!Files.isDirectory(CORPUS)) {
            // Assumptions in @BeforeAll do not show their message in Maven's summary; say it plainly.
            System.out.println("corpus: ../shared/corpus is absent: corpus checks skipped (CI always has it)");
        }
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is absent: corpus checks skipped (CI always has it)");
        Linter linter = new Linter(new RuleRegistry(BuiltinRules.all()), RuleSettings.defaults());
        long start = System.nanoTime();
        outcome = new LintRun(linter, CORPUS, file -> false).run(List.of(CORPUS));
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, Long> perRule = outcome.findings().stream()
                .collect(Collectors.groupingBy(f -> f.rule().id(), TreeMap::new, Collectors.counting()));
        System.out.printf("corpus: %d files linted, %d skipped, %d findings %s, %d ms%n",
                outcome.linted().size(), outcome.skipped().size(), outcome.findings().size(), perRule, millis);
    }

    /**
     * The errors on real-world workflows (deployable samples, not validator fixtures) are written to
     * {@code target/corpus-real-world-errors.txt} for judging by hand; each one is a true or a false positive.
     */
    @Test
    void realWorldErrorsAreListedForJudging() throws java.io.IOException {
        List<String> lines = outcome.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR && !f.isSuppressed())
                .filter(f -> f.file().matches("(.*/)?(workflows|asl|sfn-templates)/.*"))
                .map(f -> f.file() + ":" + f.start() + ": " + f.rule().id() + " " + f.message())
                .toList();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "corpus-real-world-errors.txt"), lines);
        Map<String, Long> perRule = lines.stream().collect(Collectors.groupingBy(l -> l.replaceFirst("^\\S+: (\\S+) .*$", "$1"),
                TreeMap::new, Collectors.counting()));
        System.out.printf("corpus: %d errors on real-world workflows %s (target/corpus-real-world-errors.txt)%n", lines.size(), perRule);
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("/valid/"));
    }

    @Test
    void noFileCrashesTheLinter() {
        assertThat(outcome.failures()).extracting(Linter.RuleFailure::describe).isEmpty();
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.linted()).hasSizeGreaterThan(1000);
    }

    @Test
    void knownValidDefinitionsGetNoRejectionFindings() {
        List<String> wrong = outcome.findings().stream()
                .filter(f -> f.file().contains("/valid/"))
                .filter(CorpusTest::claimsRejection)
                .map(f -> f.file() + ":" + f.start() + " " + f.rule().id() + " " + f.message())
                .toList();
        assertThat(wrong).isEmpty();
    }

    /** Findings that say Step Functions rejects the definition, as opposed to best-practice advice. */
    private static boolean claimsRejection(Finding finding) {
        String id = finding.rule().id();
        return id.equals("ASL003") || (id.equals("ASL002") && finding.severity() == Severity.ERROR)
                || id.startsWith("PARSE");
    }
}
