package io.stacklint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.SourceModel;
import io.stacklint.model.SourceModels;
import io.stacklint.parse.TreeParser;
import io.stacklint.report.TextReporter;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.builtin.BuiltinRules;
import io.stacklint.rules.engine.Linter;
import io.stacklint.rules.engine.RuleDocs;
import io.stacklint.rules.engine.RuleRegistry;
import io.stacklint.rules.engine.RuleSettings;
import io.stacklint.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Help pages do not lie: the first YAML block of each page's Example, linted as {@code template.yaml},
 * produces exactly the lines of this rule that the page's text block shows.
 */
class DocExamplesTest {
    private static final Pattern BLOCK = Pattern.compile("```(yaml|text)\\n(.*?)```", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> everyHelpPageExampleShowsWhatTheRuleReports() {
        return BuiltinRules.all().stream().map(rule -> DynamicTest.dynamicTest(rule.meta().id(), () -> check(rule)));
    }

    private static void check(Rule rule) {
        String id = rule.meta().id();
        String example = RuleDocs.of(rule).section("Example");
        String yaml = null;
        String text = null;
        Matcher m = BLOCK.matcher(example);
        while (m.find()) {
            if (m.group(1).equals("yaml") && yaml == null) {
                yaml = m.group(2);
            } else if (m.group(1).equals("text") && text == null) {
                text = m.group(2);
            }
        }
        assertThat(yaml).as("%s: the Example has a yaml block", id).isNotNull();
        assertThat(text).as("%s: the Example has a text block with the output", id).isNotNull();
        List<String> shown = text.lines().filter(l -> l.endsWith("[" + id + "]")).toList();
        assertThat(shown).as("%s: the text block shows at least one finding of the rule", id).isNotEmpty();
        assertThat(lint(yaml).stream().filter(l -> l.endsWith("[" + id + "]")).toList())
                .as("%s: what the Example's template really produces", id).isEqualTo(shown);
    }

    private static List<String> lint(String yaml) {
        Linter linter = new Linter(new RuleRegistry(BuiltinRules.all()), RuleSettings.defaults());
        // As the lint run makes it: DefinitionUri files read from the disk (the examples name files that do not exist).
        SourceModel model = SourceModels.of(TreeParser.parse(SourceFile.of("template.yaml", yaml)), new io.stacklint.rules.engine.DefinitionFileReader());
        List<String> lines = new ArrayList<>();
        linter.lint(model).findings().stream().filter(f -> !f.isSuppressed()).forEach(f -> lines.add(TextReporter.line(f)));
        return lines;
    }
}
