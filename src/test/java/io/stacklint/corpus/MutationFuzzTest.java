package io.stacklint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.SourceModel;
import io.stacklint.model.SourceModels;
import io.stacklint.parse.TreeParser;
import io.stacklint.rules.builtin.BuiltinRules;
import io.stacklint.rules.engine.Linter;
import io.stacklint.rules.engine.RuleRegistry;
import io.stacklint.rules.engine.RuleSettings;
import io.stacklint.source.FileDiscovery;
import io.stacklint.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Mutated corpus files, with a fixed seed so that a failure is reproduced by running the test again: each is
 * parsed and linted in-process, and none may throw or make a rule fail (an internal error). bench/fuzz.sh runs
 * the same mutations longer, with other seeds.
 */
class MutationFuzzTest {
    /** Characters that break YAML and JSON structure, tags, anchors, escapes and ASL's expression syntaxes. */
    private static final String NASTY = "{}[]:,\"'!&*|>-#%@`\\$.\t\n\r \0\uFEFF\u2028\uD83D";

    static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && out.length() > 0; e++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(6)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, NASTY.charAt(random.nextInt(NASTY.length())));
                case 2 -> out.setCharAt(at, NASTY.charAt(random.nextInt(NASTY.length())));
                case 3 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(40)));
                case 4 -> {
                    int from = random.nextInt(out.length());
                    out.insert(at, out.substring(from, Math.min(out.length(), from + 1 + random.nextInt(80))));
                }
                default -> out.insert(at, List.of("!Ref ", "!Sub '${", "!GetAtt ", "&a ", "*a", "<<: ", "\"States.Format('{}'", "{% $x %}",
                        "!!int ", "? ").get(random.nextInt(10)));
            }
        }
        return out.toString();
    }

    /** Lints {@code mutations} mutants of the corpus files chosen by {@code seed}; what failed, described. */
    static List<String> campaign(long seed, int mutations) throws IOException {
        List<Path> files = new ArrayList<>(FileDiscovery.walk(CorpusTest.CORPUS, (f, e) -> { }, (f, why) -> { }));
        files.removeIf(file -> file.toFile().length() > 20_000);
        Linter linter = new Linter(new RuleRegistry(BuiltinRules.all()), RuleSettings.defaults());
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < mutations; i++) {
            Path file = files.get(random.nextInt(files.size()));
            String mutant = mutate(Files.readString(file), random);
            String name = "mutant-" + seed + "-" + i + "-" + file.getFileName();
            try {
                SourceModel model = SourceModels.of(TreeParser.parse(SourceFile.of(name, mutant)));
                linter.lint(model).failures().forEach(failure -> failures.add(name + " (from " + file + "): " + failure.describe()));
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(name + " (from " + file + "): " + e);
            }
        }
        return failures;
    }

    @Test
    void twoThousandMutantsOfTheCorpusNeverMakeAnInternalError() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CorpusTest.CORPUS), "../shared/corpus is absent: mutation fuzzing skipped");
        // bench/fuzz.sh passes other seeds and counts; the suite always runs the same two thousand.
        long seed = Long.getLong("stacklint.fuzz.seed", 20261204L);
        int mutations = Integer.getInteger("stacklint.fuzz.mutations", 2_000);
        assertThat(campaign(seed, mutations)).isEmpty();
    }
}
