package io.stacklint.cli;

import io.stacklint.model.SourceModel;
import io.stacklint.model.SourceModels;
import io.stacklint.source.Problem;
import io.stacklint.source.ProblemException;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.parse.TreeParser;
import io.stacklint.rules.engine.DefinitionFileReader;
import io.stacklint.report.DotSyntax;
import io.stacklint.report.MermaidSyntax;
import io.stacklint.report.WorkflowDiagram;
import io.stacklint.rules.api.Finding;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.engine.Linter;
import io.stacklint.rules.engine.RuleSettings;
import io.stacklint.source.FileDiscovery;
import io.stacklint.source.RepositoryRoot;
import io.stacklint.source.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stacklint graph PATH}: the state machines of a template or definition file as a Mermaid or DOT diagram. */
final class GraphCommand implements Callable<Integer> {
    enum Format { mermaid, dot }

    final CommandSpec spec;
    private final Options.Arg<Path> path;
    private final Options.Arg<String> machine;
    private final Options.Arg<Format> format;
    private final Options.Arg<Boolean> preview;
    /** The rules whose findings are marked, with the settings of the configuration, as 'lint' would run them. */
    private final RuleSourceOptions sources;

    private final Path workingDirectory;
    private final List<Rule> rules;

    GraphCommand(Path workingDirectory, List<Rule> rules) {
        CommandDeclaration command = new CommandDeclaration("graph", this,
                List.of("Draws the state machines of a template or definition: states, transitions (Catch dashed),",
                        "Parallel branches and Map processors as nested groups, states with findings marked with their rule ids."),
                List.of("", "Exit codes: 0 the diagram was written (findings do not fail it); 2 usage or I/O error, or no such state machine."));
        spec = command.spec();
        path = command.parameter(Path.class, "PATH", "A CloudFormation template or a state machine definition file.");
        machine = command.value("--machine", String.class, null, "ID", "Only this state machine: its logical id (the file's name for a definition file).");
        format = command.value("--format", Format.class, Format.mermaid, "FORMAT", "mermaid (default; GitHub renders it in a mermaid code block) or dot (Graphviz).");
        preview = command.flag("--preview", "Also mark the findings of the rules whose status is preview.");
        sources = new RuleSourceOptions(command);
        this.workingDirectory = workingDirectory;
        this.rules = rules;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return sources.run(workingDirectory, rules, err, (config, ruleSet) -> {
            SettingsResolver resolver = new SettingsResolver(ruleSet.registry());
            RuleSettings settings = resolver.resolve(config, preview.value(), List.of(), List.of(), List.of());
            resolver.deprecationWarnings(settings).forEach(warning -> err.println("stacklint: warning: " + warning));
            PluginOptions.report(ruleSet.plugins(), null, err, false);
            int code = draw(new Linter(ruleSet.registry(), settings));
            return code == ExitCodes.OK && !ruleSet.plugins().failures().isEmpty() ? ExitCodes.INTERNAL : code;
        });
    }

    private int draw(Linter linter) throws ProblemException {
        PrintWriter err = spec.commandLine().getErr();
        Path path = this.path.value();
        Path file = workingDirectory.resolve(path);
        String display = path.isAbsolute() ? path.normalize().toString() : FileDiscovery.displayPath(file, RepositoryRoot.of(workingDirectory));
        if (!Files.isRegularFile(file)) {
            throw new ProblemException(Problem.inFile(display, Files.isDirectory(file) ? "is a directory; graph takes one template or definition file" : "no such file"));
        }
        SourceModel model;
        try {
            model = SourceModels.of(TreeParser.parse(SourceFile.read(file, display)), new DefinitionFileReader());
        } catch (IOException e) {
            throw new ProblemException(Problem.inFile(display, "cannot be read: " + IoErrors.describe(e)));
        }
        // A definition with Fn::If inside is modelled once per variant; the diagram draws the first of each machine.
        Map<String, StateMachine> machines = new LinkedHashMap<>();
        model.stateMachines().forEach(m -> machines.putIfAbsent(m.displayName(), m));
        if (machines.isEmpty()) {
            throw new ProblemException(Problem.inFile(display, "no state machine definition to draw"
                    + (SourceModels.document(model).hasSyntaxError() ? " (the file does not parse; 'stacklint lint' says where)" : "")));
        }
        List<StateMachine> drawn = new ArrayList<>(machines.values());
        String machine = this.machine.value();
        if (machine != null) {
            StateMachine chosen = machines.get(machine);
            if (chosen == null) {
                throw Refusal.of("--machine " + machine + ": " + display + " has no such state machine; it has: " + String.join(", ", machines.keySet()));
            }
            drawn = List.of(chosen);
        }
        List<Finding> findings = linter.lint(model).findings();
        WorkflowDiagram.Syntax syntax = format.value() == Format.dot ? new DotSyntax() : new MermaidSyntax();
        PrintWriter out = spec.commandLine().getOut();
        out.print(WorkflowDiagram.render(drawn, findings, syntax));
        out.flush();
        return ExitCodes.OK;
    }
}
