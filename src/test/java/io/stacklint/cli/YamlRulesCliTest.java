package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stacklint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Declarative rule packs through the real command line: lint, rules, explain, test-rules, config, and every way a pack can be wrong. */
class YamlRulesCliTest {
    private static final Path ACME = Path.of("testdata/packs/acme").toAbsolutePath();
    private static final String ROLE = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              WorkflowRole:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument:
                    Version: "2012-10-17"
                    Statement:
                      - Effect: Allow
                        Principal: {Service: states.amazonaws.com}
                        Action: sts:AssumeRole
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aUserPackRunsLikeBuiltInRules() throws IOException {
        write("template.yaml", ROLE);
        Cli.Result result = Cli.run(dir, "lint", "--no-config", "--rules", ACME.toString(), "template.yaml");
        assertThat(result.out()).contains("template.yaml:3:3: error: Role 'WorkflowRole' is assumed by Step Functions but has no PermissionsBoundary");
        assertThat(result.out()).contains("[ACME001]");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void testRulesFailsOnFixturesThatTestNothing() throws IOException {
        write("pack/rule.yaml", rule("ACME040", "no-x"));
        write("pack/tests/ACME040/bad.yaml", "Resources:\n  First:  # expect: 3 ACME040 \"x First\"\n    Type: AWS::IAM::Role\n"
                + "    Properties: {}\n  Second:  # expect: 3 ACMEX400\n    Type: AWS::IAM::Role\n    Properties: {X: 1}\n");
        write("pack/tests/ACME040/good.yaml", "Resources:\n  Third:\n    Type: AWS::IAM::Role\n    Properties: {X: 1}\n");
        write("pack/tests/ACME049/bad.yaml", "Resources: {}\n");
        write("pack/tests/ACME040/good2.yaml", "Resources:\n  X: [\n");
        Cli.Result result = Cli.run(dir, "test-rules", "pack");
        assertThat(result.out()).contains("the marker names ACMEX400, which no loaded rule has")
                .contains("FAIL pack/tests/ACME049/: no rule of the pack has the id ACME049")
                .contains("pack/tests/ACME040/good2.yaml: a good fixture must parse")
                .contains("1 rule: 0 passed, 1 failed; 1 fixture directory of no rule");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void oneRuleFileIsAPackOfOne() throws IOException {
        write("template.yaml", ROLE);
        Cli.Result result = Cli.run(dir, "lint", "--no-config", "--rules", ACME.resolve("ACME001-workflow-role-without-boundary.yaml").toString(),
                "--rules", "missing", "template.yaml");
        assertThat(result.err()).contains("missing: no such rule directory or file");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        result = Cli.run(dir, "lint", "--no-config", "--rules", ACME.resolve("ACME001-workflow-role-without-boundary.yaml").toString(), "template.yaml");
        assertThat(result.out()).contains("[ACME001]");
    }

    @Test
    void sarifDescribesAUserRuleWithItsHelp() throws IOException {
        write("template.yaml", ROLE);
        Cli.Result result = Cli.run(dir, "lint", "--no-config", "--rules", ACME.toString(), "--format", "sarif", "template.yaml");
        JsonNode run = new ObjectMapper().readTree(result.out()).get("runs").get(0);
        JsonNode descriptor = null;
        for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
            if (rule.get("id").asText().equals("ACME001")) {
                descriptor = rule;
            }
        }
        assertThat(descriptor).as("SARIF descriptor of ACME001").isNotNull();
        assertThat(descriptor.get("name").asText()).isEqualTo("workflow-role-without-boundary");
        assertThat(descriptor.get("help").get("markdown").asText()).contains("## Why it matters");
        assertThat(descriptor.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
        assertThat(descriptor.has("helpUri")).as("stacklint's reference does not describe a user's rule").isFalse();
        assertThat(run.get("results").findValuesAsText("ruleId")).contains("ACME001");
    }

    @Test
    void metadataSuppressesAUserRule() throws IOException {
        write("template.yaml", ROLE.replace("    Type: AWS::IAM::Role\n", """
                    Type: AWS::IAM::Role
                    Metadata:
                      stacklint:
                        ignore:
                          - id: workflow-role-without-boundary
                            reason: migrated next quarter
                """));
        Cli.Result result = Cli.run(dir, "lint", "--no-config", "--rules", ACME.toString(), "template.yaml");
        assertThat(result.out()).doesNotContain("[ACME001]");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void severityOverridesApplyToUserRules() throws IOException {
        write("template.yaml", ROLE);
        Cli.Result note = Cli.run(dir, "lint", "--no-config", "--rules", ACME.toString(), "--severity", "ACME001=note", "template.yaml");
        assertThat(note.out()).contains("note: Role 'WorkflowRole'");
        assertThat(note.exitCode()).isEqualTo(ExitCodes.OK);
        Cli.Result off = Cli.run(dir, "lint", "--no-config", "--rules", ACME.toString(), "--severity", "workflow-role-without-boundary=off", "template.yaml");
        assertThat(off.out()).doesNotContain("ACME001");
    }

    @Test
    void theConfigFileLoadsPacksRelativeToItself() throws IOException {
        write("template.yaml", ROLE);
        Files.createDirectories(dir.resolve("policies"));
        for (Path file : Files.list(ACME).filter(Files::isRegularFile).toList()) {
            Files.copy(file, dir.resolve("policies").resolve(file.getFileName()));
        }
        write(".stacklint.yaml", "rules: [policies]\nseverity:\n  ACME001: warning\n");
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.move(dir.resolve("template.yaml"), sub.resolve("template.yaml"));
        Cli.Result result = Cli.run(sub, "lint", "template.yaml");
        assertThat(result.out()).contains("template.yaml:3:3: warning: Role 'WorkflowRole'");
        Cli.Result listed = Cli.run(sub, "rules");
        assertThat(listed.out()).contains("ACME001", "workflow-role-without-boundary");
    }

    @Test
    void aMissingConfigPackIsPositioned() throws IOException {
        write(".stacklint.yaml", "rules:\n  - nowhere\n");
        write("template.yaml", ROLE);
        Cli.Result result = Cli.run(dir, "lint", "template.yaml");
        assertThat(result.err()).contains(".stacklint.yaml:2:5: rule directory 'nowhere' does not exist");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aUserRuleMayNotTakeABuiltInIdOrName() throws IOException {
        write("pack/a.yaml", rule("ASL001", "my-timeouts"));
        write("pack/b.yaml", rule("ACME010", "task-without-timeout"));
        write("pack/c.yaml", rule("CFN900", "future-clash"));
        write("template.yaml", ROLE);
        Cli.Result result = Cli.run(dir, "lint", "--no-config", "--rules", "pack", "template.yaml");
        assertThat(result.err())
                .contains("pack/a.yaml:1:5: rule id ASL001 is already used by the built-in rule ASL001 task-without-timeout (stacklint:rules/asl/ASL001-task-without-timeout.yaml)")
                .contains("pack/b.yaml:1:5: rule name 'task-without-timeout' is already used by the built-in rule ASL001")
                .contains("pack/c.yaml:1:5: rule id CFN900: the prefix CFN is reserved for built-in rules");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void twoPacksMayNotShareAnIdOrAName() throws IOException {
        write("one/a.yaml", rule("ACME010", "first"));
        write("two/b.yaml", rule("ACME010", "second"));
        write("two/c.yaml", rule("ACME011", "first"));
        Cli.Result result = Cli.run(dir, "rules", "--no-config", "--rules", "one", "--rules", "two");
        assertThat(result.err()).contains("two/b.yaml:1:5: rule id ACME010 is already used by one/a.yaml:1:5")
                .contains("two/c.yaml:1:5: rule name 'first' is already used by ACME010 at one/a.yaml:1:5");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aWalkOverTheProjectSkipsThePacksOwnFixtures() throws IOException {
        write("policies/a.yaml", rule("ACME010", "first"));
        write("policies/tests/ACME010/bad.yaml", ROLE);
        write(".stacklint.yaml", "rules: [policies]\n");
        write("stack/template.yaml", ROLE);
        Cli.Result result = Cli.run(dir, "lint", "--verbose", ".");
        assertThat(result.out()).contains("stack/template.yaml").doesNotContain("policies/tests");
        // Named explicitly, a fixture is still linted.
        assertThat(Cli.run(dir, "lint", "policies/tests/ACME010/bad.yaml").out()).contains("ACME010");
    }

    @Test
    void aPackNamedTwiceIsLoadedOnce() throws IOException {
        write("one/a.yaml", rule("ACME010", "first"));
        write(".stacklint.yaml", "rules: [one]\n");
        Cli.Result result = Cli.run(dir, "rules", "--rules", "one", "--rules", "./one/");
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).containsOnlyOnce("ACME010");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void brokenRuleFilesArePositionedErrorsNeverStackTraces() throws IOException {
        write("pack/typo.yaml", rule("ACME020", "typo").replace("require: {path: Properties/X, present: true}", "require: {path: Properties/X, presnt: true}"));
        write("pack/severity.yaml", rule("ACME021", "bad-severity").replace("severity: warning", "severity: fatal"));
        write("pack/regex.yaml", rule("ACME022", "bad-regex").replace("present: true", "matches: '(unclosed'"));
        write("pack/placeholder.yaml", rule("ACME023", "bad-placeholder").replace("message: \"x {logicalId}\"", "message: \"x {logicalID}\""));
        write("pack/syntax.yaml", "id: ACME024\nname: [unclosed\n");
        write("pack/nothing.yaml", rule("ACME025", "no-condition").replace("require: {path: Properties/X, present: true}\n", ""));
        write("pack/wildcard.yaml", rule("ACME026", "wildcard-condition").replace("Properties/X", "Properties/*/X"));
        write("pack/help.yaml", rule("ACME027", "bad-help") + "help: |\n  ## What it flags\n  x\n");
        write("pack/state.yaml", rule("ACME028", "misspelt-state").replace("cfn-resource: AWS::IAM::Role", "asl-state: Taks"));
        write("pack/brace.yaml", rule("ACME029", "lone-brace").replace("message: \"x {logicalId}\"", "message: \"x {logicalId\""));
        write("pack/nostate.yaml", rule("ACME030", "no-state-here").replace("message: \"x {logicalId}\"", "message: \"x {state}\""));
        write("pack/root.yaml", rule("ACME031", "no-state-root").replace("Properties/X", "$state/X"));
        write("template.yaml", ROLE);
        Cli.Result result = Cli.run(dir, "lint", "--no-config", "--rules", "pack", "template.yaml");
        assertThat(result.err())
                .contains("pack/typo.yaml:9:31: unknown field 'presnt' in 'require'")
                .contains("pack/severity.yaml:4:11: 'severity' is 'fatal'; it must be one of")
                .contains("pack/regex.yaml:9:40: '(unclosed' is not a valid regular expression")
                .contains("pack/placeholder.yaml:10:10: unknown placeholder {logicalID}")
                .contains("pack/syntax.yaml:3:1: YAML syntax error")
                .contains("pack/nothing.yaml:1:1: a rule says when to report with exactly one of 'require', 'when' or 'cases'; it has none")
                .contains("pack/wildcard.yaml:9:17: '*' in 'Properties/*/X': conditions test one node")
                .contains("pack/help.yaml:12:7: 'help' has the sections [What it flags]")
                .contains("pack/state.yaml:7:14: 'Taks' matches no state type")
                .contains("pack/brace.yaml:10:10: a lone '{' in the message")
                .contains("pack/nostate.yaml:10:10: {state} names a state, but this rule selects no states")
                .contains("pack/root.yaml:9:17: '$state' does not exist for this rule's selection; it may start paths from $resource, $template")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(result.out()).isEmpty();
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aCatastrophicRegexIsStoppedAndNamed() throws IOException {
        write("pack/slow.yaml", """
                id: ACME030
                name: slow-pattern
                title: x
                severity: warning
                since: "1"
                select: {asl-state: "*"}
                when: {path: "@name", matches: '^(.*a){20}$'}
                message: "state {state}"
                """);
        write("slow.asl.json", "{\"StartAt\": \"S\", \"States\": {\"" + "a".repeat(40) + "!\": {\"Type\": \"Succeed\"}, \"S\": {\"Type\": \"Succeed\"}}}");
        // The step budget bounds the work (no clock in tests): the run ends, with the rule named.
        Cli.Result result = Cli.run(dir, "lint", "--no-config", "--rules", "pack", "slow.asl.json");
        assertThat(result.err()).contains("rule ACME030 on slow.asl.json failed: pack/slow.yaml:7:32: the regex '^(.*a){20}$' of rule ACME030 gave up on the value at slow.asl.json:1:29");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INTERNAL);
    }

    @Test
    void aRegexThatRecursesTooDeepIsStoppedAndNamed() throws IOException {
        write("pack/deep.yaml", """
                id: ACME031
                name: deep-pattern
                title: x
                severity: warning
                since: "1"
                select: {asl-state: "*"}
                when: {path: Comment, matches: '^(a|a)*$'}
                message: "state {state}"
                """);
        write("deep.asl.json", "{\"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Succeed\", \"Comment\": \"" + "a".repeat(200_000) + "\"}}}");
        Cli.Result result = Cli.run(dir, "lint", "--no-config", "--rules", "pack", "deep.asl.json");
        assertThat(result.err()).contains("rule ACME031 on deep.asl.json failed: pack/deep.yaml:7:32: the regex '^(a|a)*$' of rule ACME031"
                + " gave up on the value at deep.asl.json:1:65 (200000 characters)").contains("ran out of stack")
                .doesNotContain("StackOverflowError").doesNotContain("\tat ");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INTERNAL);
    }

    @Test
    void testRulesPassesAGoodPack() {
        Cli.Result result = Cli.run(Path.of(""), "test-rules", "testdata/packs/acme");
        assertThat(result.out()).contains("PASS ACME001 workflow-role-without-boundary (2 fixtures)", "PASS ACME002", "2 rules: 2 passed, 0 failed");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void testRulesRunsTheBuiltInPackFromItsFiles() {
        Cli.Result result = Cli.run(Path.of(""), "test-rules", "rules", "--fixtures", "testdata/rules");
        assertThat(result.out()).contains("PASS ASL001 task-without-timeout").contains(" 0 failed").doesNotContain("FAIL");
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void testRulesSaysWhatIsMissingAndWhatIsUnexpected() throws IOException {
        write("pack/rule.yaml", rule("ACME040", "no-x"));
        write("pack/tests/ACME040/bad.yaml", """
                Resources:
                  First:  # expect: 3 ACME040 "x First"
                    Type: AWS::IAM::Role
                    Properties: {}
                  Second:  # expect: 5 ACME040 "x Second"
                    Type: AWS::IAM::Role
                    Properties: {}
                """);
        write("pack/tests/ACME040/good.yaml", """
                Resources:
                  Third:
                    Type: AWS::IAM::Role
                    Properties: {}
                """);
        Cli.Result result = Cli.run(dir, "test-rules", "pack");
        assertThat(result.out()).contains("FAIL ACME040 no-x (2 fixtures)")
                .contains("missing: pack/tests/ACME040/bad.yaml:5: expected ACME040 at line 5, column 5 with \"x Second\"")
                .contains("unexpected: pack/tests/ACME040/bad.yaml:5:3: warning: x Second [ACME040]")
                .contains("unexpected: pack/tests/ACME040/good.yaml:2:3: warning: x Third [ACME040]")
                .contains("1 rule: 0 passed, 1 failed");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void testRulesWantsFixtures() throws IOException {
        write("pack/rule.yaml", rule("ACME041", "no-fixtures"));
        Files.createDirectories(dir.resolve("pack/tests"));
        Cli.Result result = Cli.run(dir, "test-rules", "pack");
        assertThat(result.out()).contains("FAIL ACME041", "needs at least one bad* and one good* fixture in pack/tests/ACME041/");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void explainShowsTheWholePageOfDeclarativeAndJavaRules() {
        Cli.Result yaml = Cli.run(Path.of(""), "explain", "ASL001");
        assertThat(yaml.out()).contains("# ASL001 task-without-timeout: Task state has no TimeoutSeconds",
                "Defined in stacklint:rules/asl/ASL001-task-without-timeout.yaml", "## Example", "## Use instead", "TimeoutSeconds: 30");
        Cli.Result java = Cli.run(Path.of(""), "explain", "states-all-not-last");
        assertThat(java.out()).contains("# ASL003 states-all-not-last", "## Example", "## Use instead");
        Cli.Result user = Cli.run(Path.of(""), "explain", "--rules", "testdata/packs/acme", "ACME001");
        assertThat(user.out()).contains("# ACME001 workflow-role-without-boundary", "permissions boundary").doesNotContain("Online:");
        Cli.Result unknown = Cli.run(Path.of(""), "explain", "NOPE001");
        assertThat(unknown.err()).contains("unknown rule 'NOPE001'");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aPacksHelpPagesAreDocsIdFilesAndAnInlineHelpStillWorks() throws IOException {
        String page = "## What it flags\n\nRoles.\n\n## Why it matters\n\nX.\n\n## Example\n\nE.\n\n## Use instead\n\nU.\n\n"
                + "## Options\n\nO.\n\n## References\n\nR.\n";
        write("pack/file.yaml", rule("ACME050", "page-in-a-file"));
        write("pack/docs/ACME050.md", page.replace("Roles.", "Roles, from the page file."));
        write("pack/inline.yaml", rule("ACME051", "page-inline") + "help: |\n" + page.replace("Roles.", "Roles, inline.").indent(2));
        Cli.Result file = Cli.run(dir, "explain", "--rules", "pack", "ACME050");
        assertThat(file.out()).contains("Roles, from the page file.", "## References");
        Cli.Result inline = Cli.run(dir, "explain", "--rules", "pack", "ACME051");
        assertThat(inline.out()).contains("Roles, inline.");
        Cli.Result single = Cli.run(dir, "explain", "--rules", "pack/file.yaml", "ACME050");
        assertThat(single.out()).as("a rule file given alone reads docs/ beside it").contains("Roles, from the page file.");

        write("pack/docs/ACME051.md", page);
        write("pack/docs/ACME059.md", page);
        write("pack/broken.yaml", rule("ACME052", "page-without-sections"));
        write("pack/docs/ACME052.md", "## What it flags\n\nx\n");
        Cli.Result broken = Cli.run(dir, "rules", "--rules", "pack");
        assertThat(broken.err())
                .contains("pack/inline.yaml:12:1: rule ACME051 has its help page both here and in pack/docs/ACME051.md; keep one")
                .contains("pack/docs/ACME052.md:1:1: the help page of ACME052 has the sections [What it flags]; it must have exactly")
                .contains("pack/docs/ACME059.md: no rule of the pack has the id ACME059, so this help page is shown for nothing");
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theRuleReferenceListsUserRules() {
        Cli.Result result = Cli.run(Path.of(""), "rules", "--format", "markdown", "--rules", "testdata/packs/acme");
        assertThat(result.out()).contains("ACME001", "workflow-role-without-boundary", "ASL010");
    }

    private static String rule(String id, String name) {
        return "id: " + id + "\nname: " + name + "\ntitle: x\nseverity: warning\nsince: \"1\"\nselect:\n  cfn-resource: AWS::IAM::Role\n"
                + "# why\nrequire: {path: Properties/X, present: true}\nmessage: \"x {logicalId}\"\nreport-at: .\n";
    }
}
