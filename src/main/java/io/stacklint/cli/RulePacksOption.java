package io.stacklint.cli;

import io.stacklint.config.ProjectConfig;
import io.stacklint.config.ConfigException;
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

    /** The configuration these commands read ({@code rules:} and {@code plugins:}), as a lint would find it. */
    ProjectConfig config(Path workingDirectory) throws ConfigException {
        return new RuleSetAssembler(List.of(), workingDirectory).nearestConfig(config, noConfig);
    }

    List<Rule> assemble(List<Rule> builtin, Path workingDirectory, ProjectConfig projectConfig) throws ConfigException {
        return new RuleSetAssembler(builtin, workingDirectory).assemble(ruleDirs, projectConfig);
    }
}
