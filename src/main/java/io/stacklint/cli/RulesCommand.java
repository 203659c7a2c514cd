package io.stacklint.cli;

import io.stacklint.report.RuleCatalog;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.engine.PluginLoader;
import io.stacklint.rules.engine.RuleRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stacklint rules}: every rule with its metadata. */
final class RulesCommand implements Callable<Integer> {
    enum Format { text, json, markdown }

    final CommandSpec spec;
    private final Options.Arg<Format> format;
    private final RuleSourceOptions sources;

    private final Path workingDirectory;
    private final List<Rule> rules;

    RulesCommand(Path workingDirectory, List<Rule> rules) {
        CommandDeclaration command = new CommandDeclaration("rules", this,
                List.of("Lists every rule: id, name, default severity, tags and title; with --plugin, the plugin's rules too."), List.of());
        spec = command.spec();
        format = command.value("--format", Format.class, Format.text, "FORMAT", "text (default), json or markdown (the rule reference).");
        sources = new RuleSourceOptions(command);
        this.workingDirectory = workingDirectory;
        this.rules = rules;
    }

    @Override
    public Integer call() {
        return sources.run(workingDirectory, rules, spec.commandLine().getErr(), (config, ruleSet) -> run(ruleSet.registry(), ruleSet.plugins()));
    }

    private Integer run(RuleRegistry registry, PluginLoader.Loaded loaded) {
        PluginOptions.report(loaded, null, spec.commandLine().getErr(), false);
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format.value()) {
            case text -> RuleCatalog.text(registry.rules());
            case json -> RuleCatalog.json(registry.rules());
            case markdown -> RuleCatalog.markdown(registry.rules());
        });
        out.flush();
        return loaded.failures().isEmpty() ? ExitCodes.OK : ExitCodes.INTERNAL;
    }
}
