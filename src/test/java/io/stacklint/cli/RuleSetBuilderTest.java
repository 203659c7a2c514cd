package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.SourceModel;
import io.stacklint.rules.api.DocumentRule;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.builtin.BuiltinRules;
import io.stacklint.rules.engine.RuleRegistry;
import io.stacklint.testing.Cli;
import io.stacklint.testing.PluginJars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule-set assembly through the command line: every rule, whatever its origin, checked against every other, once. */
class RuleSetBuilderTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void aPackRuleThatTakesAPluginRulesIdIsRefusedAtItsId() throws Exception {
        String acme = PluginJars.build(Path.of("testdata/plugins/acme"), dir.resolve("acme.jar"), Set.of()).toString();
        write("pack/a.yaml", rule("ACME001", "own-rule"));
        Cli.Result result = Cli.run(dir, "rules", "--no-config", "--plugin", acme, "--rules", "pack");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).startsWith("stacklint: pack/a.yaml:1:5: rule id ACME001 is already used by the plugin rule ACME001 task-without-comment (");
    }

    @Test
    void aRuleThatTakesBothAnIdAndANameIsToldBoth() throws IOException {
        write("one/a.yaml", rule("ACME010", "first"));
        write("two/b.yaml", rule("ACME010", "first"));
        Cli.Result result = Cli.run(dir, "rules", "--no-config", "--rules", "one", "--rules", "two");
        assertThat(result.err()).isEqualTo("stacklint: two/b.yaml:1:5: rule id ACME010 is already used by one/a.yaml:1:5\n"
                + "stacklint: two/b.yaml:1:5: rule name 'first' is already used by ACME010 at one/a.yaml:1:5\n");
    }

    @Test
    void twoRulesOfThePackUnderTestMayNotShareAnId() throws IOException {
        write("pack/a.yaml", rule("ACME030", "first"));
        write("pack/b.yaml", rule("ACME030", "second"));
        Cli.Result result = Cli.run(dir, "test-rules", "--no-config", "pack");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).isEqualTo("stacklint: pack/b.yaml:1:5: rule id ACME030 is already used by pack/a.yaml:1:5\n");
    }

    @Test
    void theReservedPrefixesAreThoseOfTheBuiltInRules() throws IOException {
        List<Rule> builtin = List.of(new Nothing("ZZZ001"));
        write("reserved/a.yaml", rule("ZZZ002", "takes-a-built-in-prefix"));
        Cli.Result reserved = Cli.runWithRules(dir, builtin, "rules", "--no-config", "--rules", "reserved");
        assertThat(reserved.err()).isEqualTo("stacklint: reserved/a.yaml:1:5: rule id ZZZ002: the prefix ZZZ is reserved for built-in rules;"
                + " give your rules a prefix of your own (ACME001)\n");
        write("free/a.yaml", rule("ASL900", "free-prefix"));
        assertThat(Cli.runWithRules(dir, builtin, "rules", "--no-config", "--rules", "free").out()).contains("ASL900");
        assertThat(Cli.run(dir, "rules", "--no-config", "--rules", "free").err()).contains("the prefix ASL is reserved");
    }

    @Test
    void aRegistryOfRulesThatDoNotGoTogetherIsABug() {
        Rule first = new Nothing("ZZZ001");
        assertThatThrownBy(() -> new RuleRegistry(List.of(first, new Nothing("ZZZ001"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two rules have the id ZZZ001");
        assertThat(new RuleRegistry(BuiltinRules.all()).rules()).hasSameSizeAs(BuiltinRules.all());
    }

    private static String rule(String id, String name) {
        return "id: " + id + "\nname: " + name + "\ntitle: x\nseverity: warning\nsince: \"1\"\nselect:\n  cfn-resource: AWS::IAM::Role\n"
                + "require: {path: Properties/X, present: true}\nmessage: \"x {logicalId}\"\nreport-at: .\n";
    }

    /** A rule that finds nothing, under an id of the test's choosing. */
    private record Nothing(String id) implements DocumentRule {
        @Override
        public RuleMeta meta() {
            return RuleMeta.of(id, "nothing-" + id.toLowerCase(java.util.Locale.ROOT), "Finds nothing", Severity.NOTE, "1");
        }

        @Override
        public void check(SourceModel model, RuleContext context) {
        }
    }
}
