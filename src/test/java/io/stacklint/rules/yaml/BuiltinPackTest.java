package io.stacklint.rules.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.rules.builtin.BuiltinRules;
import io.stacklint.rules.engine.RuleDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in pack: its index lists every rule file, each file is named after its rule, its pages are files, and there are enough of them. */
class BuiltinPackTest {
    private static final Path PACK = Path.of("rules");
    private static final Path DOCS = Path.of("src/main/resources/io/stacklint/rules/docs");

    @Test
    void theIndexListsEveryRuleFileOfThePack() throws IOException {
        List<String> files = YamlRuleLoader.ruleFiles(PACK).stream().map(f -> PACK.relativize(f).toString().replace('\\', '/')).toList();
        List<String> index = Files.readAllLines(PACK.resolve("index.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(index).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void everyFileOfThePackPassesTheSchema() throws io.stacklint.source.ProblemException {
        // The jar loads its own pack without the schema (start-up time), so the schema is checked here.
        assertThat(YamlRuleLoader.loadDirectory(PACK, Path.of(""))).hasSameSizeAs(BuiltinRules.declarative());
    }

    @Test
    void helpPagesAreFilesBesideTheJavaRulesPagesNotFieldsOfTheRule() throws IOException {
        // One kind of place for every built-in page: io/stacklint/rules/docs/<ID>.md, read by RuleDocs only when shown.
        for (Path file : YamlRuleLoader.ruleFiles(PACK)) {
            assertThat(Files.readString(file)).as("%s: its help page belongs in %s", file, DOCS).doesNotContainPattern("(?m)^help:");
        }
        for (var rule : BuiltinRules.declarative()) {
            assertThat(DOCS.resolve(rule.meta().id() + ".md")).as("help page of %s", rule.meta().id()).isRegularFile();
        }
    }

    @Test
    void eachFileIsNamedAfterItsRuleAndLivesInTheFolderOfItsPrefix() {
        for (var rule : BuiltinRules.declarative()) {
            YamlRule yaml = (YamlRule) rule;
            String prefix = yaml.meta().id().replaceAll("[0-9]+$", "").toLowerCase(java.util.Locale.ROOT);
            assertThat(yaml.origin()).isEqualTo("stacklint:rules/" + prefix + "/" + yaml.meta().id() + "-" + yaml.meta().name() + ".yaml");
        }
    }

    @Test
    void thePackHoldsAtLeastEightRulesAndEveryRuleHasHelp() {
        assertThat(BuiltinRules.declarative()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(BuiltinRules.declarative()).allSatisfy(rule -> assertThat(RuleDocs.of(rule).markdown()).isNotBlank());
    }
}
