package io.stacklint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.rules.api.Rule;
import io.stacklint.rules.builtin.BuiltinRules;
import io.stacklint.testing.Expectations;
import io.stacklint.testing.FixtureCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule against its fixtures in {@code testdata/rules/<ID>/}: {@code bad.*} must produce exactly the
 * findings its markers name (at least one), {@code good.*} none, and any other fixture exactly its markers.
 */
class RuleFixturesTest {
    static final Path FIXTURES = Path.of("testdata/rules");

    @TestFactory
    Stream<DynamicTest> everyRuleMeetsItsFixtures() throws IOException {
        return BuiltinRules.all().stream().flatMap(rule -> fixtures(rule).stream().map(fixture ->
                DynamicTest.dynamicTest(rule.meta().id() + " " + fixture.getFileName(), () -> check(rule, fixture))));
    }

    private static void check(Rule rule, Path fixture) throws IOException {
        String id = rule.meta().id();
        String name = fixture.getFileName().toString();
        if (name.startsWith("bad")) {
            assertThat(Expectations.read(fixture)).as("%s must expect at least one %s finding", fixture, id)
                    .anyMatch(e -> e.ruleId().equals(id));
        }
        if (name.startsWith("good")) {
            assertThat(Expectations.read(fixture)).as("%s must expect no %s finding", fixture, id)
                    .noneMatch(e -> e.ruleId().equals(id));
        }
        assertThat(Expectations.read(fixture)).as("every marker in %s names its column: positions are asserted, not assumed", fixture)
                .allSatisfy(e -> assertThat(e.column()).as(e.toString()).isNotNull());
        assertThat(FixtureCheck.mismatches(fixture, Set.of(id))).as("findings of %s on %s", id, fixture).isEmpty();
    }

    static List<Path> fixtures(Rule rule) {
        Path dir = FIXTURES.resolve(rule.meta().id());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            // Subdirectories hold files the fixtures name (DefinitionUri targets), not fixtures.
            return files.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().endsWith(".expected")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
