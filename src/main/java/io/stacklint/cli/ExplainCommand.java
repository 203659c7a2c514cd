package io.stacklint.cli;

import io.stacklint.report.ToolInfo;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.engine.PluginLoader;
import io.stacklint.rules.engine.RuleDocs;
import io.stacklint.rules.engine.RuleRegistry;
import io.stacklint.source.ProblemException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stacklint explain ID}: a rule's whole help page, with its example and what to write instead. */
final class ExplainCommand implements Callable<Integer> {
    final CommandSpec spec;
    private final Options.Arg<String> rule;
    private final RuleSourceOptions sources;

    private final Path workingDirectory;
    private final List<Rule> rules;

    ExplainCommand(Path workingDirectory, List<Rule> rules) {
        CommandDeclaration command = new CommandDeclaration("explain", this,
                List.of("Shows a rule's documentation: what it flags, why, a flagged example and what to write instead."),
                List.of("", "Exit codes: 0 shown; 2 no such rule, or a rule pack or configuration that cannot be read."));
        spec = command.spec();
        rule = command.parameter(String.class, "RULE", "A rule id (ASL001) or name (task-without-timeout).");
        sources = new RuleSourceOptions(command);
        this.workingDirectory = workingDirectory;
        this.rules = rules;
    }

    @Override
    public Integer call() {
        return sources.run(workingDirectory, rules, spec.commandLine().getErr(), (config, ruleSet) -> run(ruleSet.registry(), ruleSet.plugins()));
    }

    private Integer run(RuleRegistry registry, PluginLoader.Loaded loaded) throws ProblemException {
        PrintWriter err = spec.commandLine().getErr();
        PluginOptions.report(loaded, null, err, false);
        String rule = this.rule.value();
        Optional<Rule> found = registry.find(rule);
        if (found.isEmpty()) {
            throw Refusal.of("unknown rule '" + rule + "' (see 'stacklint rules' for the list)");
        }
        PrintWriter out = spec.commandLine().getOut();
        RuleMeta meta = found.get().meta();
        out.println("# " + meta.id() + " " + meta.name() + ": " + meta.title());
        out.println();
        out.println("Severity: " + meta.severity().label() + "." + (meta.tags().isEmpty() ? "" : " Tags: " + String.join(", ", meta.tags()) + ".")
                + " Since " + meta.since()
                + " (" + meta.status().label() + "). Defined in " + RuleSet.origin(found.get()) + ".");
        if (rules.contains(found.get())) {
            out.println("Online: " + ToolInfo.helpUri(meta.id()));
        }
        out.println();
        RuleDocs docs = RuleDocs.of(found.get());
        out.println(docs.exists() ? docs.markdown().strip() : "(this rule has no help page)");
        out.flush();
        return ExitCodes.OK;
    }
}
