package io.stacklint.testing;

import io.stacklint.model.SourceModels;
import io.stacklint.parse.TreeParser;
import io.stacklint.rules.engine.DefinitionFileReader;
import io.stacklint.report.TextReporter;
import io.stacklint.rules.api.Finding;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.builtin.BuiltinRules;
import io.stacklint.rules.engine.Linter;
import io.stacklint.rules.engine.RuleRegistry;
import io.stacklint.rules.engine.RuleSettings;
import io.stacklint.source.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lints a fixture with the real engine and compares the findings of the rules under test with what the
 * fixture expects, in both directions: every expectation met, every finding claimed.
 */
public final class FixtureCheck {
    private FixtureCheck() {
    }

    public static List<Finding> lint(Path fixture) throws IOException {
        return lint(fixture, BuiltinRules.all());
    }

    /** Lints with these rules, all enabled at their default severities. */
    public static List<Finding> lint(Path fixture, List<Rule> rules) throws IOException {
        return lint(fixture, fixture.toString().replace('\\', '/'), rules);
    }

    private static List<Finding> lint(Path fixture, String display, List<Rule> rules) throws IOException {
        Linter linter = new Linter(new RuleRegistry(rules), RuleSettings.defaults());
        SourceFile source = SourceFile.read(fixture, display);
        Linter.Result result = linter.lint(SourceModels.of(TreeParser.parse(source), new DefinitionFileReader()));
        if (!result.failures().isEmpty()) {
            throw new AssertionError("a rule crashed on " + fixture + ": " + result.failures(), result.failures().get(0).error());
        }
        return result.findings();
    }

    /** The mismatches, as readable lines; empty when the fixture behaves. */
    public static List<String> mismatches(Path fixture, Set<String> ruleIds) throws IOException {
        return mismatches(fixture, ruleIds, BuiltinRules.all());
    }

    /** The same, linting with these rules. */
    public static List<String> mismatches(Path fixture, Set<String> ruleIds, List<Rule> rules) throws IOException {
        return mismatches(fixture, fixture.toString().replace('\\', '/'), ruleIds, rules);
    }

    /** The same, naming the fixture {@code display}. */
    public static List<String> mismatches(Path fixture, String display, Set<String> ruleIds, List<Rule> rules) throws IOException {
        List<Expectation> expected = new ArrayList<>(Expectations.read(fixture, display).stream().filter(e -> ruleIds.contains(e.ruleId())).toList());
        List<Finding> actual = lint(fixture, display, rules).stream().filter(f -> ruleIds.contains(f.rule().id()) && !f.isSuppressed()).toList();
        List<String> problems = new ArrayList<>();
        List<Finding> unclaimed = new ArrayList<>(actual);
        for (Expectation expectation : expected) {
            Finding match = unclaimed.stream().filter(expectation::matches).findFirst().orElse(null);
            if (match == null) {
                problems.add("missing: " + expectation);
            } else {
                unclaimed.remove(match);
            }
        }
        for (Finding finding : unclaimed) {
            problems.add("unexpected: " + TextReporter.line(finding));
        }
        return problems;
    }
}
