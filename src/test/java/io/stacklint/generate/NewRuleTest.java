package io.stacklint.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.rules.api.Rule;
import io.stacklint.rules.engine.RuleDocs;
import io.stacklint.rules.yaml.YamlRule;
import io.stacklint.rules.yaml.YamlRuleLoader;
import io.stacklint.testing.Cli;
import io.stacklint.testing.Trees;
import io.stacklint.testing.FixtureCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/new-rule} in a copy of the repository: what it writes is where the build and the catalog look, a
 * scaffolded rule passes its own fixtures and its help page's example, and it is registered in order.
 */
class NewRuleTest {
    private static final Pattern TEXT_LINE = Pattern.compile("```text\\n(.*?)\\n```", Pattern.DOTALL);

    @TempDir
    Path repo;

    private Result scaffold(String... args) throws IOException {
        if (!Files.exists(repo.resolve("rules"))) {
            for (String dir : List.of(NewRule.BUILTIN, "rules")) {
                Trees.copy(Path.of(dir), repo.resolve(dir));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = NewRule.run(repo, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Result(int code, String out, String err) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"ASL", "CFN", "IAM"})
    void aDeclarativeScaffoldLoadsAndPassesItsFixturesAndItsExample(String prefix) throws Exception {
        String id = prefix + "999";
        Result result = scaffold("yaml", id, "scaffolded-rule");
        assertThat(result.code()).as(result.err()).isZero();
        String file = prefix.toLowerCase(java.util.Locale.ROOT) + "/" + id + "-scaffolded-rule.yaml";
        assertThat(result.out()).contains("wrote rules/" + file, "wrote " + NewRule.DOCS + "/" + id + ".md", "wrote testdata/rules/" + id + "/bad.yaml");
        List<String> index = Files.readAllLines(repo.resolve("rules/index.txt")).stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(index).contains(file).isSorted();

        List<YamlRule> loaded = YamlRuleLoader.loadDirectory(repo.resolve("rules"), repo);
        assertThat(loaded).extracting(r -> r.meta().id()).contains(id);
        Cli.Result tested = Cli.run(repo, "test-rules", "rules/" + file, "--fixtures", "testdata/rules");
        assertThat(tested.out()).as(tested.out() + tested.err()).contains("PASS " + id + " scaffolded-rule (2 fixtures)");
        assertThat(tested.exitCode()).isZero();
        checkPage(id, List.of(loaded.stream().filter(r -> r.meta().id().equals(id)).findFirst().orElseThrow()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ASL", "CFN", "IAM"})
    void aJavaScaffoldCompilesIsRegisteredInIdOrderAndPassesItsFixturesAndItsExample(String prefix) throws Exception {
        // An id between existing ones, so the registration lands inside the sorted list.
        String id = prefix + "019";
        Result result = scaffold("java", id, "scaffolded-rule", "--title", "A scaffolded rule", "--severity", "note");
        assertThat(result.code()).as(result.err()).isZero();
        String area = prefix.toLowerCase(java.util.Locale.ROOT);
        Path source = repo.resolve(NewRule.BUILTIN).resolve(area).resolve("ScaffoldedRule.java");
        assertThat(source).isRegularFile();
        assertThat(repo.resolve(NewRule.DOCS).resolve(id + ".md")).isRegularFile();
        assertThat(repo.resolve("testdata/rules").resolve(id).resolve("good.yaml")).isRegularFile();

        Path builtinRules = repo.resolve(NewRule.BUILTIN).resolve("BuiltinRules.java");
        String registry = Files.readString(builtinRules);
        assertThat(registry).contains("import io.stacklint.rules.builtin." + area + ".ScaffoldedRule;");
        Path classes = repo.resolve("classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = javac.run(null, null, diagnostics, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                source.toString(), builtinRules.toString());
        assertThat(compiled).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                // The scaffolded registry, not the one of the build.
                if (name.equals("io.stacklint.rules.builtin.BuiltinRules")) {
                    synchronized (getClassLoadingLock(name)) {
                        Class<?> c = findLoadedClass(name);
                        return c != null ? c : findClass(name);
                    }
                }
                return super.loadClass(name, resolve);
            }
        }) {
            @SuppressWarnings("unchecked")
            List<Rule> java = (List<Rule>) loader.loadClass("io.stacklint.rules.builtin.BuiltinRules").getMethod("java").invoke(null);
            List<String> ids = java.stream().map(r -> r.meta().id()).toList();
            assertThat(ids).contains(id).isSorted();
            Rule rule = java.get(ids.indexOf(id));
            assertThat(rule.getClass().getName()).isEqualTo("io.stacklint.rules.builtin." + area + ".ScaffoldedRule");
            assertThat(rule.meta().title()).isEqualTo("A scaffolded rule");
            for (String fixture : List.of("bad.yaml", "good.yaml")) {
                Path path = repo.resolve("testdata/rules").resolve(id).resolve(fixture);
                assertThat(FixtureCheck.mismatches(path, Set.of(id), List.of(rule))).as("%s %s", id, fixture).isEmpty();
            }
            assertThat(FixtureCheck.lint(repo.resolve("testdata/rules").resolve(id).resolve("bad.yaml"), List.of(rule))).isNotEmpty();
            checkPage(id, List.of(rule));
        }
    }

    /** The page has the fixed sections, and its example's output is what the rule reports on the example. */
    private void checkPage(String id, List<Rule> rules) throws IOException {
        String page = Files.readString(repo.resolve(NewRule.DOCS).resolve(id + ".md"));
        assertThat(page.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3)).toList()).isEqualTo(RuleDocs.SECTIONS);
        String example = page.substring(page.indexOf("```yaml\n") + 8, page.indexOf("```", page.indexOf("```yaml\n") + 8));
        Matcher text = TEXT_LINE.matcher(page);
        assertThat(text.find()).isTrue();
        Path template = repo.resolve("example/template.yaml");
        Files.createDirectories(template.getParent());
        Files.writeString(template, example);
        List<String> lines = FixtureCheck.lint(template, rules).stream().filter(f -> f.rule().id().equals(id))
                .map(io.stacklint.report.TextReporter::line).map(l -> l.replace(repo.resolve("example").toString() + "/", "")).toList();
        assertThat(lines).containsExactly(text.group(1));
    }

    @Test
    void refusesAnIdOrANameInUseAndWritesNothing() throws IOException {
        Result taken = scaffold("java", "ASL001", "task-without-timeout");
        assertThat(taken.code()).isEqualTo(2);
        assertThat(taken.err()).contains("the id ASL001 is already used by rules/asl/ASL001-task-without-timeout.yaml",
                "the name task-without-timeout is already used by rules/asl/ASL001-task-without-timeout.yaml");
        Result bad = scaffold("yaml", "XYZ001", "Not-Kebab");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("'Not-Kebab' is not a kebab-case name", "usage: bin/new-rule");
        Result area = scaffold("yaml", "XYZ001", "some-rule");
        assertThat(area.err()).contains("built-in rule ids start with ASL, CFN or IAM");
        assertThat(repo.resolve("testdata")).doesNotExist();
    }

    @Test
    void theScriptRunsTheGeneratorWithTheJdkAlone() throws Exception {
        // bin/new-rule with no arguments: the usage, from the source launcher, without a build.
        Process process = new ProcessBuilder("sh", "bin/new-rule").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(output).contains("usage: bin/new-rule java|yaml ID rule-name");
    }
}
