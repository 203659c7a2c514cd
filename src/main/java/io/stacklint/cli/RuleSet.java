package io.stacklint.cli;

import io.stacklint.config.ProjectConfig;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.engine.PluginLoader;
import io.stacklint.rules.engine.RuleRegistry;
import io.stacklint.rules.engine.RuleSetBuilder;
import io.stacklint.rules.yaml.YamlRule;
import io.stacklint.rules.yaml.YamlRuleLoader;
import io.stacklint.source.Problem;
import io.stacklint.source.ProblemException;
import io.stacklint.tree.ScalarNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of one command: built-in, then the plugins', then the declarative packs of {@code --rules DIR} and of
 * the configuration's {@code rules:}, put together by {@link RuleSetBuilder}, which checks them against each other.
 * Closing it closes the plugin jars, once the command no longer calls plugin code.
 */
final class RuleSet implements AutoCloseable {
    private final PluginLoader.Loaded plugins;
    private final RuleRegistry registry;

    private RuleSet(PluginLoader.Loaded plugins, RuleRegistry registry) {
        this.plugins = plugins;
        this.registry = registry;
    }

    /** A mistake in the plugins, packs or configuration is a {@link ProblemException}: exit 2, one line each. */
    static RuleSet open(PluginLoader.Loaded loaded, Path workingDirectory, List<Rule> builtin, ProjectConfig config,
                        List<Path> ruleDirs) throws ProblemException {
        try {
            return new RuleSet(loaded, build(loaded, builtin, List.of(), null, ruleDirs, config, workingDirectory));
        } catch (ProblemException e) {
            loaded.close();
            throw e;
        }
    }

    /**
     * For {@code test-rules}: the pack under test takes the place of built-in rules of the same id (so the built-in
     * pack is tested from its files), other packs are added; the pack under test named again (by the configuration's
     * {@code rules:}, say) is not loaded twice.
     */
    static List<Rule> withPackUnderTest(PluginLoader.Loaded loaded, List<Rule> builtin, Path pack, List<YamlRule> underTest,
                                        List<Path> others, ProjectConfig config, Path workingDirectory) throws ProblemException {
        return build(loaded, builtin, underTest, pack, others, config, workingDirectory).rules();
    }

    private static RuleRegistry build(PluginLoader.Loaded loaded, List<Rule> builtin, List<YamlRule> underTest, Path pack,
                                      List<Path> commandLine, ProjectConfig config, Path workingDirectory) throws ProblemException {
        RuleSetBuilder builder = new RuleSetBuilder();
        builtin.forEach(rule -> builder.builtin(rule, origin(rule)));
        loaded.addTo(builder);
        underTest.forEach(rule -> builder.replacing(rule, rule.idAt(), rule.origin()));
        List<Problem> problems = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        if (pack != null) {
            seen.add(key(pack));
        }
        List<Path> dirs = new ArrayList<>();
        commandLine.forEach(dir -> dirs.add(workingDirectory.resolve(dir)));
        for (ScalarNode dir : config.rules()) {
            Path resolved = config.directory().resolve(dir.value());
            if (Files.isDirectory(resolved)) {
                dirs.add(resolved);
            } else {
                problems.add(Problem.at(dir.span(), "rule directory '" + dir.value() + "' does not exist (it is relative to this file's directory)"));
            }
        }
        for (Path dir : dirs) {
            // A pack named twice (by the config file and by --rules, say) is loaded once.
            if (!seen.add(key(dir))) {
                continue;
            }
            try {
                YamlRuleLoader.loadDirectory(dir, workingDirectory).forEach(rule -> builder.pack(rule, rule.idAt(), rule.origin()));
            } catch (ProblemException e) {
                problems.addAll(e.problems());
            }
        }
        try {
            RuleRegistry registry = builder.build();
            if (problems.isEmpty()) {
                return registry;
            }
        } catch (ProblemException e) {
            problems.addAll(e.problems());
        }
        throw new ProblemException(problems);
    }

    /** Where a rule is defined: its rule file, or its class. */
    static String origin(Rule rule) {
        return rule instanceof YamlRule yaml ? yaml.origin() : rule.getClass().getName();
    }

    private static Path key(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }

    PluginLoader.Loaded plugins() {
        return plugins;
    }

    RuleRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        plugins.close();
    }
}
