package io.stacklint.rules.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.rules.builtin.BuiltinRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in pack: its index lists every rule file, each file is named after its rule, and there are enough of them. */
class BuiltinPackTest {
    private static final Path PACK = Path.of("rules");

    @Test
    void theIndexListsEveryRuleFileOfThePack() throws IOException {
        List<String> files = YamlRuleLoader.ruleFiles(PACK).stream().map(f -> PACK.relativize(f).toString().replace('\\', '/')).toList();
        List<String> index = Files.readAllLines(PACK.resolve("index.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(index).containsExactlyInAnyOrderElementsOf(files);
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
        assertThat(BuiltinRules.declarative()).allSatisfy(rule -> assertThat(rule.help()).isNotBlank());
    }
}
