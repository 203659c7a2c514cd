package io.stacklint.cli;

import io.stacklint.source.ProblemException;
import io.stacklint.config.ConfigLoader;
import io.stacklint.config.ProjectConfig;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.engine.RuleRegistry;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a command's rules and settings come from: {@code --config}/{@code --no-config}, {@code --rules} and
 * {@code --plugin}, declared alike on every command that loads rules, so that the same options mean the same thing
 * and fail the same way everywhere (a test runs each command with the same mistakes).
 */
final class RuleSourceOptions {
    private final Options.Arg<Path> config;
    private final Options.Arg<Boolean> noConfig;
    private final Options.Arg<List<Path>> ruleDirs;
    private final Options.Arg<List<Path>> plugins;

    /** The options, declared on {@code command}. */
    RuleSourceOptions(Options command) {
        config = command.value("--config", Path.class, null, "FILE", "Configuration file (default: .stacklint.yaml in the working directory or above).");
        noConfig = command.flag("--no-config", "Ignore .stacklint.yaml files (not together with --config).");
        ruleDirs = command.repeatable("--rules", Path.class, "DIR", "Also load the declarative rules of DIR, or one rule file (repeatable; see rules/README.md).");
        plugins = command.repeatable("--plugin", Path.class, "JAR",
                "Load third-party rules from JAR (a jar with a RuleProvider); repeatable, after the plugins: of the configuration.");
    }

    /** The rule packs of {@code --rules}. */
    List<Path> ruleDirs() {
        return ruleDirs.value();
    }

    /** The plugin jars of {@code --plugin}. */
    List<Path> plugins() {
        return plugins.value();
    }

    /** What a command does once its configuration and rules are loaded; its own refusals it may throw. */
    interface Command {
        int run(ProjectConfig projectConfig, RuleSet ruleSet) throws ProblemException;
    }

    /**
     * Loads the command's configuration and rules, runs it, closes the plugin jars after it, and writes out what was
     * refused (exit 2): the one way every command that loads rules starts.
     */
    int run(Path workingDirectory, List<Rule> builtin, java.io.PrintWriter err, Command command) {
        try {
            ProjectConfig projectConfig = projectConfig(workingDirectory);
            try (RuleSet ruleSet = open(workingDirectory, builtin, projectConfig)) {
                return command.run(projectConfig, ruleSet);
            }
        } catch (ProblemException e) {
            return Refusal.print(err, e);
        }
    }

    /** The configuration of the command, found and checked as {@link ConfigLoader#resolve} says; a mistake is exit 2. */
    ProjectConfig projectConfig(Path workingDirectory) throws ProblemException {
        return ConfigLoader.resolve(config.value(), noConfig.value(), workingDirectory);
    }

    /**
     * The rules of the command: built-in, the plugins', and the packs of --rules and of the configuration's {@code rules:}.
     * The configuration's rule settings are checked against them here, so that a rule it names wrongly is the same
     * mistake for a command that lists rules as for one that runs them.
     */
    RuleSet open(Path workingDirectory, List<Rule> builtin, ProjectConfig projectConfig) throws ProblemException {
        RuleSet ruleSet = RuleSet.open(PluginOptions.load(plugins(), workingDirectory, projectConfig), workingDirectory, builtin, projectConfig, ruleDirs());
        try {
            checkSettings(ruleSet.registry(), projectConfig);
        } catch (ProblemException e) {
            ruleSet.close();
            throw e;
        }
        return ruleSet;
    }

    /** The configuration's enable, disable and severity entries name rules that exist. */
    static void checkSettings(RuleRegistry registry, ProjectConfig projectConfig) throws ProblemException {
        new SettingsResolver(registry).resolve(projectConfig, List.of(), List.of(), List.of());
    }
}
