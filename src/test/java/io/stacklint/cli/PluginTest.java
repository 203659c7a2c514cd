package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stacklint.testing.Cli;
import io.stacklint.testing.PluginJars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Third-party rules from jars built here, from the sources in testdata/plugins, run through the real command line. */
class PluginTest {
    private static final String TEMPLATE = "testdata/plugins/template.yaml";
    private static final String CHARGE = TEMPLATE + ":9:11: warning: Task 'Charge' has no Comment: say what it calls and what to do when it fails [ACME001]";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path jars;
    static String acme;
    static String exploding;
    static String broken;
    static String misnamed;

    @BeforeAll
    static void buildPlugins() throws Exception {
        acme = PluginJars.build(Path.of("testdata/plugins/acme"), jars.resolve("acme.jar"), Set.of()).toString();
        exploding = PluginJars.build(Path.of("testdata/plugins/exploding"), jars.resolve("exploding.jar"), Set.of("Gone")).toString();
        broken = PluginJars.build(Path.of("testdata/plugins/broken"), jars.resolve("broken.jar"), Set.of("Missing")).toString();
        misnamed = PluginJars.build(Path.of("testdata/plugins/misnamed"), jars.resolve("misnamed.jar"), Set.of()).toString();
    }

    @Test
    void aServiceFileNamingAClassTheJarDoesNotHoldMakesTheJarUnusable() {
        Cli.Result result = Cli.run("--plugin", misnamed, TEMPLATE);
        assertThat(result.exitCode()).as("a plugin jar that cannot be used, as the README promises").isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("stacklint: --plugin " + misnamed + ": its service file names the rule provider com.example.misnamed.Tpyo,"
                + " which is not in the jar").doesNotContain("internal error").doesNotContain("\tat ");
        assertThat(result.out()).isEmpty();
        assertThat(Cli.run("rules", "--plugin", misnamed).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void pluginRuleReportsAtTheExactPosition() {
        Cli.Result result = Cli.run("--plugin", acme, TEMPLATE);
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains(CHARGE).doesNotContain("Task 'Ship' has no Comment").doesNotContain("Task 'Export' has no Comment");
        // Without the plugin, the suppression names a rule nobody knows.
        assertThat(Cli.run(TEMPLATE).out()).doesNotContain("[ACME001]").contains("ignore entry 'ACME001' of 'Legacy' names no rule");
    }

    @Test
    void pluginRulesAreListedAndDescribedInSarif() throws Exception {
        Cli.Result rules = Cli.run("rules", "--plugin", acme);
        assertThat(rules.exitCode()).isZero();
        assertThat(rules.out()).contains("ACME001", "task-without-comment", "Task state has no Comment", "ASL001");
        Cli.Result explained = Cli.run("explain", "ACME001", "--plugin", acme);
        assertThat(explained.exitCode()).isZero();
        assertThat(explained.out()).contains("# ACME001 task-without-comment", "## Why it matters").doesNotContain("Online:");

        Cli.Result sarif = Cli.run("--format", "sarif", "--plugin", acme, TEMPLATE);
        JsonNode run = JSON.readTree(sarif.out()).at("/runs/0");
        JsonNode descriptor = null;
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            if (rule.get("id").asText().equals("ACME001")) {
                descriptor = rule;
            }
        }
        assertThat(descriptor).isNotNull();
        assertThat(descriptor.get("name").asText()).isEqualTo("task-without-comment");
        assertThat(descriptor.at("/help/markdown").asText()).contains("## Why it matters");
        assertThat(descriptor.at("/fullDescription/text").asText()).startsWith("A `Task` state without a `Comment`.");
        // stacklint's rule reference does not describe a plugin's rules.
        assertThat(descriptor.has("helpUri")).isFalse();
        List<String> results = new ArrayList<>();
        for (JsonNode result : run.get("results")) {
            if (result.get("ruleId").asText().equals("ACME001")) {
                results.add(result.at("/locations/0/physicalLocation/region/startLine").asText()
                        + ":" + result.at("/locations/0/physicalLocation/region/startColumn").asText()
                        + (result.has("suppressions") ? " suppressed: " + result.at("/suppressions/0/justification").asText() : ""));
            }
        }
        assertThat(results).containsExactly("9:11", "36:11 suppressed: retired next quarter");
    }

    @Test
    void pluginRulesObeyEnableDisableAndSeverity() {
        assertThat(Cli.run("--plugin", acme, "--disable", "ACME001", TEMPLATE).out()).doesNotContain("ACME001");
        assertThat(Cli.run("--plugin", acme, "--disable", "task-without-comment", TEMPLATE).out()).doesNotContain("ACME001");
        Cli.Result error = Cli.run("--plugin", acme, "--severity", "ACME001=error", TEMPLATE);
        assertThat(error.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(error.out()).contains(TEMPLATE + ":9:11: error: Task 'Charge' has no Comment");
        Cli.Result unknown = Cli.run("--disable", "ACME001", TEMPLATE);
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("unknown rule 'ACME001'");
    }

    @Test
    void ruleThatThrowsInCheckIsANotificationAndTheOthersStillReport() throws Exception {
        Cli.Result result = Cli.run("--format", "sarif", "--plugin", acme, "--plugin", exploding, TEMPLATE);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(result.err()).contains("stacklint: rule BOOM001 on " + TEMPLATE + " failed: java.lang.IllegalStateException: boom in Orders")
                .contains("stacklint: rule BOOM002 on " + TEMPLATE + " failed: java.lang.NoClassDefFoundError: com/example/boom/Gone")
                .doesNotContain("\tat ");
        JsonNode run = JSON.readTree(result.out()).at("/runs/0");
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isFalse();
        assertThat(run.at("/invocations/0/toolExecutionNotifications").findValuesAsText("id")).contains("BOOM001", "BOOM002");
        assertThat(run.get("results").findValuesAsText("ruleId")).contains("ACME001", "CFN001");
    }

    @Test
    void providersThatFailWhileLoadingAreReportedAndTheRestStillRuns() throws Exception {
        Cli.Result result = Cli.run("--format", "sarif", "--plugin", broken, "--plugin", acme, TEMPLATE);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(result.err()).doesNotContain("\tat ").doesNotContain("internal error")
                .contains("stacklint: --plugin " + broken + ": cannot load a rule provider: java.util.ServiceConfigurationError: io.stacklint.rules.api.RuleProvider: Provider com.example.broken.ThrowingConstructor could not be instantiated; caused by java.lang.IllegalStateException: no licence key")
                .contains("stacklint: --plugin " + broken + ": provider com.example.broken.ThrowingRules failed: java.lang.UnsupportedOperationException: rules() is not ready")
                .contains("stacklint: --plugin " + broken + ": cannot load a rule provider: java.lang.NoClassDefFoundError: com/example/broken/Missing");
        JsonNode run = JSON.readTree(result.out()).at("/runs/0");
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isFalse();
        assertThat(run.at("/invocations/0/toolExecutionNotifications")).hasSize(3);
        assertThat(run.get("results").findValuesAsText("ruleId")).contains("ACME001");
        
        Cli.Result rules = Cli.run("rules", "--plugin", broken);
        assertThat(rules.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(rules.out()).contains("BRK001");
        assertThat(rules.err()).contains("no licence key").doesNotContain("\tat ");
    }

    @Test
    void ruleThatClashesWithABuiltInOrAnotherPluginIsAUsageError() throws Exception {
        String clash = PluginJars.buildFromSource("com.example.Clash", provider("com.example", "Clash", "ASL001", "my-timeouts"),
                jars.resolve("clash.jar")).toString();
        Cli.Result result = Cli.run("--plugin", clash, TEMPLATE);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("stacklint: --plugin " + clash + ": rule ASL001 (my-timeouts) has the same id as built-in rule ASL001 (task-without-timeout); rule ids and names must be unique\n");

        Path copy = Files.copy(Path.of(acme), jars.resolve("acme-copy.jar"));
        Cli.Result twice = Cli.run("--plugin", acme, "--plugin", copy.toString(), TEMPLATE);
        assertThat(twice.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(twice.err()).contains("--plugin " + copy + ": rule ACME001 (task-without-comment) has the same id as " + acme + " rule ACME001 (task-without-comment)")
                .contains("has the same name as " + acme + " rule ACME001");

        String sameName = PluginJars.buildFromSource("com.example.SameName", provider("com.example", "SameName", "XYZ001", "states-all-not-last"),
                jars.resolve("same-name.jar")).toString();
        assertThat(Cli.run("--plugin", sameName, TEMPLATE).err()).contains("has the same name as built-in rule ASL003 (states-all-not-last)");
    }

    @Test
    void malformedOrReservedIdsAreUsageErrors() throws Exception {
        String badId = PluginJars.buildFromSource("com.example.BadId", provider("com.example", "BadId", "ACME1", "bad-id"),
                jars.resolve("bad-id.jar")).toString();
        Cli.Result result = Cli.run("--plugin", badId, TEMPLATE);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).isEqualTo("stacklint: --plugin " + badId + ": provider com.example.BadId declares malformed rule metadata: rule id 'ACME1' is not letters followed by three digits\n");

        String reserved = PluginJars.buildFromSource("com.example.Reserved", provider("com.example", "Reserved", "CFN900", "own-rule"),
                jars.resolve("reserved.jar")).toString();
        assertThat(Cli.run("--plugin", reserved, TEMPLATE).err()).contains("rule CFN900 (own-rule) uses the prefix CFN, which is reserved for built-in rules");

        String thinHelp = PluginJars.buildFromSource("com.example.ThinHelp", provider("com.example", "ThinHelp", "THN001", "thin-help")
                        .replace("public RuleMeta meta() {", "public String help() {\n            return \"just text\";\n        }\n\n        public RuleMeta meta() {"),
                jars.resolve("thin.jar")).toString();
        Cli.Result thin = Cli.run("--plugin", thinHelp, TEMPLATE);
        assertThat(thin.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(thin.err()).contains("rule THN001 (thin-help): its help() page has no section '## What it flags'");
    }

    @Test
    void filesThatAreNotPluginsAreUsageErrors() throws Exception {
        Path text = Files.writeString(jars.resolve("notes.jar"), "not a zip");
        Path empty = jars.resolve("empty.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(empty))) {
            out.putNextEntry(new java.util.jar.JarEntry("README"));
        }
        Cli.Result result = Cli.run("--plugin", text.toString(), "--plugin", empty.toString(), "--plugin", "no/such.jar", TEMPLATE);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().lines()).containsExactly(
                "stacklint: --plugin " + text + ": is not a jar file (zip END header not found)",
                "stacklint: --plugin " + empty + ": declares no rule provider (the jar has no META-INF/services/io.stacklint.rules.api.RuleProvider)",
                "stacklint: --plugin no/such.jar: no such file");
        assertThat(Cli.run("rules", "--plugin", "no/such.jar").exitCode()).isEqualTo(ExitCodes.USAGE);
        // Options before the command name belong to it.
        Cli.Result directory = Cli.run("--plugin", jars.toString(), "rules");
        assertThat(directory.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(directory.err()).isEqualTo("stacklint: --plugin " + jars + ": is a directory, not a jar file\n");
    }

    @Test
    void configurationListsPluginsRelativeToItsDirectory(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("lib"));
        Files.copy(Path.of(acme), project.resolve("lib/acme.jar"));
        Files.copy(Path.of(TEMPLATE), project.resolve("template.yaml"));
        Files.writeString(project.resolve(".stacklint.yaml"), "plugins:\n  - lib/acme.jar\n");
        Files.createDirectories(project.resolve("sub"));
        Cli.Result result = Cli.run(project.resolve("sub"), "../template.yaml");
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("../template.yaml:9:11: warning: Task 'Charge' has no Comment");
        // The commands about rules read the same configuration.
        assertThat(Cli.run(project.resolve("sub"), "rules").out()).contains("ACME001");
        assertThat(Cli.run(project.resolve("sub"), "explain", "ACME001").out()).contains("# ACME001 task-without-comment");

        Files.writeString(project.resolve(".stacklint.yaml"), "disable: [ACME001]\nplugins:\n  - lib/missing.jar\n");
        Cli.Result missing = Cli.run(project, "template.yaml");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).isEqualTo("stacklint: .stacklint.yaml:3:5: plugin lib/missing.jar: no such file\n");

        Files.writeString(project.resolve(".stacklint.yaml"), "plugins: lib/acme.jar\n");
        assertThat(Cli.run(project, "template.yaml").err()).contains(".stacklint.yaml:1:10: 'plugins' is a string; it must be a list");
    }

    /** A provider of one StateRule with this id and name that never reports. */
    private static String provider(String pkg, String name, String id, String ruleName) {
        return """
                package %s;

                import io.stacklint.model.asl.State;
                import io.stacklint.model.asl.StateMachine;
                import io.stacklint.rules.api.*;
                import java.util.List;

                public final class %s implements RuleProvider {
                    static final class TheRule implements StateRule {
                        static final RuleMeta META = RuleMeta.of("%s", "%s", "A rule", Severity.NOTE, "1.0.0");

                        public RuleMeta meta() {
                            return META;
                        }

                        public void check(State state, StateMachine machine, RuleContext context) {
                        }
                    }

                    public List<Rule> rules() {
                        return List.of(new TheRule());
                    }
                }
                """.formatted(pkg, name, id, ruleName);
    }
}
