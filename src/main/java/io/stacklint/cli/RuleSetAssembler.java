package io.stacklint.cli;

import io.stacklint.config.ConfigException;
import io.stacklint.config.ConfigLoader;
import io.stacklint.config.ProjectConfig;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.yaml.RuleLoadException;
import io.stacklint.rules.yaml.YamlRule;
import io.stacklint.rules.yaml.YamlRuleLoader;
import io.stacklint.tree.ScalarNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules of a run: the built-in ones, then the declarative packs named by {@code --rules DIR} and by the
 * {@code rules:} list of {@code .stacklint.yaml}. A pack's rule may not take an id or a name that another
 * rule has, nor a built-in prefix: the error names both files.
 */
final class RuleSetAssembler {
    /** Prefixes of the built-in rules; user rules take a prefix of their own, so a future built-in cannot collide. */
    static final List<String> RESERVED_PREFIXES = List.of("ASL", "CFN", "IAM", "PARSE");

    private final List<Rule> builtin;
    private final Path workingDirectory;

    RuleSetAssembler(List<Rule> builtin, Path workingDirectory) {
        this.builtin = builtin;
        this.workingDirectory = workingDirectory;
    }

    /** The rules with the packs of the command line (relative to the working directory) and of the config file. */
    List<Rule> assemble(List<Path> commandLine, ProjectConfig config) throws ConfigException {
        return assemble(commandLine, config, new java.util.HashSet<>());
    }

    private List<Rule> assemble(List<Path> commandLine, ProjectConfig config, java.util.Set<Path> loaded) throws ConfigException {
        List<String> problems = new ArrayList<>();
        List<YamlRule> packs = new ArrayList<>();
        for (Path dir : commandLine) {
            load(workingDirectory.resolve(dir), loaded, packs, problems);
        }
        for (ScalarNode dir : config.rules()) {
            Path resolved = config.directory().resolve(dir.value());
            if (!java.nio.file.Files.isDirectory(resolved)) {
                problems.add(ConfigLoader.at(dir.span(), "rule directory '" + dir.value() + "' does not exist (it is relative to this file's directory)"));
                continue;
            }
            load(resolved, loaded, packs, problems);
        }
        if (problems.isEmpty()) {
            problems.addAll(YamlRuleLoader.collisions(packs));
        }
        List<Rule> out = new ArrayList<>(builtin);
        for (YamlRule rule : packs) {
            problems.addAll(clashes(rule, builtin));
            out.add(rule);
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return out;
    }

    /**
     * For {@code test-rules}: the pack under test replaces built-in rules of the same id (so the built-in pack is
     * tested from its files), other packs are added; the pack under test named again (by the configuration's
     * {@code rules:}, say) is not loaded twice.
     */
    List<Rule> withPackUnderTest(Path pack, List<YamlRule> underTest, List<Path> others, ProjectConfig config) throws ConfigException {
        Map<String, Rule> byId = new LinkedHashMap<>();
        builtin.forEach(rule -> byId.put(rule.meta().id(), rule));
        underTest.forEach(rule -> byId.put(rule.meta().id(), rule));
        List<Rule> base = new ArrayList<>(byId.values());
        java.util.Set<Path> loaded = new java.util.HashSet<>();
        loaded.add(key(pack));
        return new RuleSetAssembler(base, workingDirectory).assemble(others, config, loaded);
    }

    /** A pack named twice (by the config file and by --rules, say) is loaded once. */
    private void load(Path dir, java.util.Set<Path> loaded, List<YamlRule> into, List<String> problems) {
        if (!loaded.add(key(dir))) {
            return;
        }
        try {
            into.addAll(YamlRuleLoader.loadDirectory(dir, workingDirectory));
        } catch (RuleLoadException e) {
            problems.addAll(e.problems());
        }
    }

    private static Path key(Path dir) {
        try {
            return dir.toRealPath();
        } catch (java.io.IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }

    private static List<String> clashes(YamlRule rule, List<Rule> others) {
        List<String> problems = new ArrayList<>();
        String id = rule.meta().id();
        for (Rule other : others) {
            if (other.meta().id().equals(id)) {
                problems.add(rule.idAt() + ": rule id " + id + " is already used by " + kind(other) + " " + id + " " + other.meta().name()
                        + " (" + origin(other) + ")");
            } else if (other.meta().name().equals(rule.meta().name())) {
                problems.add(rule.idAt() + ": rule name '" + rule.meta().name() + "' is already used by " + kind(other) + " " + other.meta().id()
                        + " (" + origin(other) + ")");
            }
        }
        String prefix = id.replaceAll("[0-9]+$", "").toUpperCase(Locale.ROOT);
        if (problems.isEmpty() && RESERVED_PREFIXES.contains(prefix)) {
            problems.add(rule.idAt() + ": rule id " + id + ": the prefix " + prefix
                    + " is reserved for built-in rules; give your rules a prefix of your own (ACME001)");
        }
        return problems;
    }

    private static String kind(Rule rule) {
        if (rule instanceof YamlRule yaml) {
            return yaml.isBuiltin() ? "the built-in rule" : "the rule";
        }
        return rule.getClass().getClassLoader() == RuleSetAssembler.class.getClassLoader() ? "the built-in rule" : "the plugin rule";
    }

    static String origin(Rule rule) {
        return rule instanceof YamlRule yaml ? yaml.origin() : rule.getClass().getName();
    }
}
