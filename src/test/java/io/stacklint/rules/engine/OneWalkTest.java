package io.stacklint.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.SourceModel;
import io.stacklint.model.SourceModels;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.parse.TreeParser;
import io.stacklint.rules.api.DocumentRule;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.builtin.BuiltinRules;
import io.stacklint.rules.yaml.YamlRule;
import io.stacklint.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine walks each file once for all rules: declarative rules are visited in that walk, they do not walk the model themselves. */
class OneWalkTest {
    private static final Path EXAMPLE = Path.of("testdata/examples/order-workflow.yaml");

    private static List<Object> walk(SourceModel model, List<Rule> rules, List<String> ruleIds) {
        List<Object> visited = new ArrayList<>();
        Linter.Result result = new Linter(new RuleRegistry(rules), RuleSettings.defaults()).lint(model, visited::add);
        result.findings().forEach(f -> ruleIds.add(f.rule().id()));
        return visited;
    }

    @Test
    void everyNodeIsVisitedOnceWhateverTheNumberOfRules() throws Exception {
        SourceModel model = SourceModels.of(TreeParser.parse(SourceFile.read(EXAMPLE, EXAMPLE.toString())));
        List<Rule> all = BuiltinRules.all();
        List<Rule> java = all.stream().filter(r -> !(r instanceof YamlRule)).toList();
        List<Rule> declarative = all.stream().filter(r -> r instanceof YamlRule).toList();
        assertThat(declarative).hasSizeGreaterThanOrEqualTo(10).noneMatch(r -> r instanceof DocumentRule);

        int expected = model.template().resources().size() + model.policyStatements().size() + model.stateMachines().size()
                + model.stateMachines().stream().mapToInt((StateMachine m) -> m.definition().allStates().size()).sum();
        List<String> allIds = new ArrayList<>();
        List<Object> visitedByAll = walk(model, all, allIds);
        assertThat(visitedByAll).hasSize(expected);
        Map<Object, Integer> times = new IdentityHashMap<>();
        visitedByAll.forEach(node -> times.merge(node, 1, Integer::sum));
        assertThat(times.values()).containsOnly(1);

        // The Java rules alone need the same walk; the declarative ones add findings to it, not visits.
        List<String> javaIds = new ArrayList<>();
        assertThat(walk(model, java, javaIds)).hasSize(expected);
        List<String> declarativeIds = new ArrayList<>();
        assertThat(walk(model, declarative, declarativeIds)).hasSizeLessThanOrEqualTo(expected);
        assertThat(declarativeIds).isNotEmpty().allMatch(id -> declarative.stream().anyMatch(r -> r.meta().id().equals(id)));
        assertThat(allIds).containsAll(declarativeIds);
    }
}
