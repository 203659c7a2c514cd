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
    void everyFileOfThePackPassesTheSchema() throws io.stacklint.source.ProblemException {
        // The jar loads its own pack without the schema (start-up time), so the schema is checked here.
        assertThat(YamlRuleLoader.loadDirectory(PACK, Path.of(""))).hasSameSizeAs(BuiltinRules.declarative());
    }

    @Test
    void helpIsTheLastFieldOfEveryFile() throws IOException {
        // The jar parses the help page only when it is shown, cutting each file at its 'help: |' line.
        for (Path file : YamlRuleLoader.ruleFiles(PACK)) {
            String text = Files.readString(file);
            int help = text.indexOf("\nhelp: |\n");
            assertThat(help).as("%s has a help page", file).isPositive();
            assertThat(text.substring(help + 1).lines().skip(1)).as("%s: nothing follows the help page", file)
                    .allMatch(line -> line.isEmpty() || line.startsWith(" "));
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
        assertThat(BuiltinRules.declarative()).allSatisfy(rule -> assertThat(rule.help()).isNotBlank());
    }
}
