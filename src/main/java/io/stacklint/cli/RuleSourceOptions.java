package io.stacklint.cli;

import io.stacklint.source.ProblemException;
import io.stacklint.config.ConfigLoader;
import io.stacklint.config.ProjectConfig;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.engine.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where a command's rules and settings come from: {@code --config}/{@code --no-config}, {@code --rules} and
 * {@code --plugin}, one mixin for every command that loads rules, so that the same options mean the same thing
 * and fail the same way everywhere (a test runs each command with the same mistakes).
 */
final class RuleSourceOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .stacklint.yaml in the working directory or above).")
    Path config;

    @Option(names = "--no-config", description = "Ignore .stacklint.yaml files (not together with --config).")
    boolean noConfig;

    @Option(names = "--rules", paramLabel = "DIR", description = "Also load the declarative rules of DIR, or one rule file (repeatable; see rules/README.md).")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--plugin", paramLabel = "JAR",
            description = "Load third-party rules from JAR (a jar with a RuleProvider); repeatable, after the plugins: of the configuration.")
    List<Path> plugins = new ArrayList<>();

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
        return ConfigLoader.resolve(config, noConfig, workingDirectory);
    }

    /**
     * The rules of the command: built-in, the plugins', and the packs of --rules and of the configuration's {@code rules:}.
     * The configuration's rule settings are checked against them here, so that a rule it names wrongly is the same
     * mistake for a command that lists rules as for one that runs them.
     */
    RuleSet open(Path workingDirectory, List<Rule> builtin, ProjectConfig projectConfig) throws ProblemException {
        RuleSet ruleSet = RuleSet.open(PluginOptions.load(plugins, workingDirectory, projectConfig), workingDirectory, builtin, projectConfig, ruleDirs);
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
