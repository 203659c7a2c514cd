package io.stacklint.cli;

import io.stacklint.source.Problem;
import io.stacklint.source.ProblemException;
import io.stacklint.config.ProjectConfig;
import io.stacklint.rules.engine.PluginLoader;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.yaml.YamlRule;
import io.stacklint.rules.yaml.YamlRuleLoader;
import io.stacklint.testing.PackTester;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stacklint test-rules DIR}: runs the rules of a pack against their fixtures ({@code DIR/tests/<ID>/bad*}
 * and {@code good*}, or {@code --fixtures FDIR/<ID>/}) and says, rule by rule, what passed and what did not.
 */
final class TestRulesCommand implements Callable<Integer> {
    final CommandSpec spec;
    private final Options.Arg<Path> pack;
    private final Options.Arg<Path> fixtures;
    /** Other packs and plugins to load while testing, e.g. rules the fixtures also trigger, and the configuration's. */
    private final RuleSourceOptions sources;

    private final Path workingDirectory;
    private final List<Rule> builtin;

    TestRulesCommand(Path workingDirectory, List<Rule> builtin) {
        CommandDeclaration command = new CommandDeclaration("test-rules", this,
                List.of("Tests the declarative rules of DIR against their fixtures: DIR/tests/<ID>/bad*.yaml must produce exactly "
                        + "the findings their '# expect: COL ID \"fragment\"' markers name, good*.yaml none."),
                List.of("", "Exit codes: 0 every rule passed; 1 a rule failed its fixtures;",
                        "2 the pack, a fixture directory or an option cannot be used; 3 internal error."));
        spec = command.spec();
        pack = command.parameter(Path.class, "DIR", "The rule pack to test.");
        fixtures = command.value("--fixtures", Path.class, null, "FDIR", "Where the <ID>/ fixture directories are (default: DIR/tests).");
        sources = new RuleSourceOptions(command);
        this.workingDirectory = workingDirectory;
        this.builtin = builtin;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path pack = this.pack.value();
        ProjectConfig config;
        List<YamlRule> underTest;
        try {
            config = sources.projectConfig(workingDirectory);
            underTest = YamlRuleLoader.loadDirectory(workingDirectory.resolve(pack), workingDirectory);
        } catch (ProblemException e) {
            return Refusal.print(err, e);
        }
        try (PluginLoader.Loaded plugins = PluginOptions.load(sources.plugins(), workingDirectory, config)) {
            List<Rule> all = RuleSet.withPackUnderTest(plugins, builtin, workingDirectory.resolve(pack), underTest, sources.ruleDirs(), config, workingDirectory);
            RuleSourceOptions.checkSettings(new io.stacklint.rules.engine.RuleRegistry(all), config);
            PluginOptions.report(plugins, null, err, false);
            int code = test(underTest, all);
            return plugins.failures().isEmpty() ? code : ExitCodes.INTERNAL;
        } catch (ProblemException e) {
            return Refusal.print(err, e);
        }
    }

    private int test(List<YamlRule> underTest, List<Rule> all) throws ProblemException {
        PrintWriter out = spec.commandLine().getOut();
        Path pack = this.pack.value();
        Path fixtures = this.fixtures.value();
        Path fixtureDir = workingDirectory.resolve(fixtures != null ? fixtures : pack.resolve(YamlRuleLoader.TESTS_DIRECTORY));
        if (!java.nio.file.Files.isDirectory(fixtureDir)) {
            throw new ProblemException(Problem.inFile(String.valueOf(fixtures != null ? fixtures : pack.resolve(YamlRuleLoader.TESTS_DIRECTORY)),
                    "no fixture directory (it holds one <ID>/ directory of bad* and good* files per rule)"));
        }
        int failed = 0;
        for (YamlRule rule : underTest.stream().sorted((a, b) -> a.meta().id().compareTo(b.meta().id())).toList()) {
            PackTester.Verdict verdict = PackTester.test(rule, all, fixtureDir, workingDirectory);
            out.println((verdict.passed() ? "PASS " : "FAIL ") + rule.meta().id() + " " + rule.meta().name()
                    + " (" + verdict.fixtures().size() + " fixture" + (verdict.fixtures().size() == 1 ? "" : "s") + ")");
            verdict.problems().forEach(p -> out.println("  " + p));
            failed += verdict.passed() ? 0 : 1;
        }
        int orphans = 0;
        if (fixtures == null) {
            // A fixture directory named after no rule of the pack (a typo in its id) would otherwise test nothing.
            java.util.Set<String> ids = new java.util.HashSet<>();
            underTest.forEach(rule -> ids.add(rule.meta().id()));
            try (java.util.stream.Stream<Path> dirs = java.nio.file.Files.list(fixtureDir)) {
                for (Path orphan : dirs.filter(java.nio.file.Files::isDirectory).filter(d -> !ids.contains(d.getFileName().toString())).sorted().toList()) {
                    out.println("FAIL " + workingDirectory.relativize(orphan.toAbsolutePath().normalize()).toString().replace('\\', '/')
                            + "/: no rule of the pack has the id " + orphan.getFileName() + ", so these fixtures test nothing");
                    orphans++;
                }
            } catch (java.io.IOException e) {
                throw new ProblemException(Problem.inFile(fixtureDir.toString(), "cannot be read: " + e.getMessage()));
            }
        }
        out.println(underTest.size() + " rule" + (underTest.size() == 1 ? "" : "s") + ": " + (underTest.size() - failed) + " passed, " + failed + " failed"
                + (orphans == 0 ? "" : "; " + orphans + " fixture director" + (orphans == 1 ? "y" : "ies") + " of no rule"));
        out.flush();
        return failed == 0 && orphans == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
