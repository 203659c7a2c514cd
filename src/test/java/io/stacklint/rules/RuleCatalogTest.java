package io.stacklint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.generate.NewRule;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.builtin.BuiltinRules;
import io.stacklint.rules.engine.RuleDocs;
import io.stacklint.rules.engine.RuleRegistry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog as a whole: sorted, unique, documented, and every rule with a bad and a good fixture. */
class RuleCatalogTest {
    private final List<Rule> rules = BuiltinRules.all();

    @Test
    void builtinRulesAreListedInIdOrder() {
        List<String> ids = BuiltinRules.java().stream().map(r -> r.meta().id()).toList();
        assertThat(ids).isSorted();
    }

    @Test
    void idsAndNamesAreUnique() {
        assertThat(new RuleRegistry(rules).rules()).hasSameSizeAs(rules);
    }

    @Test
    void everyRuleHasAHelpPageWithTheFixedSections() {
        for (Rule rule : rules) {
            RuleDocs docs = RuleDocs.of(rule);
            assertThat(docs.exists()).as("help page %s", RuleDocs.resourcePath(rule.meta().id())).isTrue();
            assertThat(docs.sections().keySet()).as("sections of %s", rule.meta().id()).containsExactlyElementsOf(RuleDocs.SECTIONS);
            for (String section : RuleDocs.SECTIONS) {
                assertThat(docs.section(section)).as("%s section '%s'", rule.meta().id(), section).isNotBlank();
            }
        }
    }

    @Test
    void everyRuleHasABadAndAGoodFixture() {
        for (Rule rule : rules) {
            List<Path> fixtures = RuleFixturesTest.fixtures(rule);
            assertThat(fixtures).as("fixtures of %s", rule.meta().id())
                    .anyMatch(f -> f.getFileName().toString().startsWith("bad"))
                    .anyMatch(f -> f.getFileName().toString().startsWith("good"));
        }
    }

    @Test
    void nothingShippedStillHoldsWhatBinNewRuleAsksToReplace() throws java.io.IOException {
        for (String dir : List.of("src/main", "rules", "testdata/rules")) {
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(Path.of(dir))) {
                for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                    assertThat(java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1))
                            .as("%s was scaffolded by bin/new-rule: write what each %s asks for", file, NewRule.TODO).doesNotContain(NewRule.TODO);
                }
            }
        }
    }

    @Test
    void everyRuleIsFinalAndStateless() {
        for (Rule rule : rules) {
            Class<?> type = rule.getClass();
            assertThat(java.lang.reflect.Modifier.isFinal(type.getModifiers())).as("%s is final", type).isTrue();
            if (type.isRecord()) {
                // A declarative rule: its definition, read once, in final fields of an immutable record.
                continue;
            }
            for (var field : type.getDeclaredFields()) {
                assertThat(java.lang.reflect.Modifier.isStatic(field.getModifiers()) && java.lang.reflect.Modifier.isFinal(field.getModifiers()))
                        .as("%s.%s must be static final: rules hold no state", type.getSimpleName(), field.getName()).isTrue();
            }
        }
    }
}
