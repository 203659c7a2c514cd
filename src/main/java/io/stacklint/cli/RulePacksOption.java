package io.stacklint.cli;

import io.stacklint.config.ConfigException;
import io.stacklint.config.ProjectConfig;
import io.stacklint.rules.api.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --rules DIR}, {@code --config FILE} and {@code --no-config} for the commands that list or explain rules. */
final class RulePacksOption {
    @Option(names = "--rules", paramLabel = "DIR", description = "Also load the declarative rules of DIR (repeatable; see rules/README.md).")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file whose 'rules:' to load (default: .stacklint.yaml in the working directory or above).")
    Path config;

    @Option(names = "--no-config", description = "Ignore .stacklint.yaml files.")
    boolean noConfig;

    /** The rules of the command: built-in, the plugins', and the packs of --rules and of the configuration's {@code rules:}. */
    RuleSet open(PluginOptions plugins, Path workingDirectory, List<Rule> builtin) throws UsageException {
        ProjectConfig projectConfig;
        try {
            projectConfig = new RuleSetAssembler(List.of(), workingDirectory).nearestConfig(config, noConfig);
        } catch (ConfigException e) {
            throw new UsageException(e.problems());
        }
        return RuleSet.open(plugins, workingDirectory, builtin, projectConfig, ruleDirs);
    }
}
