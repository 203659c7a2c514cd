package io.stacklint.cli;

import io.stacklint.source.ProblemException;
import io.stacklint.config.ProjectConfig;
import io.stacklint.report.Baseline;
import io.stacklint.report.LintReport;
import io.stacklint.report.Reporter;
import io.stacklint.report.TextReporter;
import io.stacklint.rules.api.Finding;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.engine.LintRun;
import io.stacklint.rules.engine.Linter;
import io.stacklint.rules.engine.PluginLoader;
import io.stacklint.rules.engine.RuleRegistry;
import io.stacklint.rules.yaml.YamlRuleLoader;
import io.stacklint.rules.engine.RuleSettings;
import io.stacklint.source.RepositoryRoot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stacklint lint}: lints files and directories and reports what it finds. */
class LintCommand implements Callable<Integer> {
    final CommandSpec spec;

    private final Options.Arg<List<Path>> paths;

    /** Several reports in one run: each --format starts a report, its -o says where it goes (--format sarif -o a.sarif --format text). */
    private final Options.Repeated reportOptions = new Options.Repeated("0..*");
    private final Options.Arg<OutputFormat> format;
    private final Options.Arg<Path> output;

    private final Options.Arg<String> failOn;
    private final Options.Arg<List<String>> enable;
    private final Options.Arg<List<String>> disable;
    private final Options.Arg<List<String>> severities;
    private final Options.Arg<Boolean> preview;
    private final Options.Arg<Path> baseline;
    private final Options.Arg<Path> stdinFilename;
    private final Options.Arg<ColorChoice> color;
    private final Options.Arg<Path> root;
    private final Options.Arg<Boolean> skipUnrecognized;
    private final Options.Arg<Integer> jobs;
    private final Options.Arg<Boolean> verbose;
    private final Options.Arg<Boolean> debug;
    private final RuleSourceOptions sources;

    /** One report: a format, and the file it goes to (standard output without -o). */
    record ReportOption(OutputFormat format, Path output) {
    }

    /** When text output is coloured. */
    enum ColorChoice { auto, always, never }

    private final Path workingDirectory;
    private final List<Rule> rules;
    private final Terminal terminal;

    LintCommand(Path workingDirectory, List<Rule> rules, Terminal terminal) {
        this("lint", List.of("Lints CloudFormation templates (YAML or JSON) and Step Functions definitions."), StacklintCommand.EXIT_CODES,
                workingDirectory, rules, terminal);
    }

    /** A command that lints as {@code lint} does, with its options, under another name and help text. */
    LintCommand(String name, List<String> description, List<String> footer, Path workingDirectory, List<Rule> rules, Terminal terminal) {
        CommandDeclaration command = new CommandDeclaration(name, this, description, footer);
        spec = command.spec();
        paths = command.parameters(Path.class, "PATH", "Templates, definitions, or directories to search.");
        format = reportOptions.value("--format", OutputFormat.class, OutputFormat.text, "FORMAT",
                "text (default), json, sarif, junit (JUnit XML), github (workflow commands) or gitlab (Code Quality JSON).");
        output = reportOptions.value("-o", "--output", Path.class, null, "FILE", "Write the report to FILE instead of standard output.");
        command.add(reportOptions);
        failOn = command.value("--fail-on", String.class, null, "LEVEL", "Lowest severity that makes the exit code 1: error (default), warning, note or none.");
        enable = command.commaSeparated("--enable", "RULE", "Rule ids or names to run even if the config disables them.");
        disable = command.commaSeparated("--disable", "RULE", "Rule ids or names not to run.");
        severities = command.commaSeparated("--severity", "RULE=LEVEL", "Override a rule's severity: error, warning, note or off.");
        preview = command.flag("--preview", "Also run the rules whose status is preview (a preview rule named in --enable runs anyway).");
        baseline = command.value("--baseline", Path.class, null, "FILE",
                "Report only findings not in FILE (written by 'stacklint baseline'); SARIF marks results new, unchanged or absent.");
        stdinFilename = command.value("--stdin-filename", Path.class, null, "PATH",
                "With the path '-': the name the buffer read from standard input is reported under; DefinitionUri files are read beside it.");
        color = command.value("--color", ColorChoice.class, ColorChoice.auto, "WHEN",
                "Colour text output: auto (default: when standard output is a terminal and NO_COLOR is not set), always or never.");
        root = command.value("--root", Path.class, null, "DIR",
                "What report paths and fingerprints are relative to (default: the git top level above the working directory, else the working directory).");
        skipUnrecognized = command.flag("--skip-unrecognized",
                "Skip named files that are neither a template nor a definition, as a directory walk does (for pre-commit hooks, which pass every YAML/JSON file).");
        jobs = command.value("--jobs", Integer.class, null, "N", "Lint N files at a time (default: the number of cores); the report is the same for any N.");
        verbose = command.flag("--verbose", "List the files linted and the files skipped, and what a rule could not judge, on standard error.");
        debug = command.flag("--debug", "Show stack traces of internal errors.");
        sources = new RuleSourceOptions(command);
        this.workingDirectory = workingDirectory;
        this.rules = rules;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        return sources.run(workingDirectory, rules, spec.commandLine().getErr(),
                (projectConfig, ruleSet) -> run(projectConfig, ruleSet.registry(), ruleSet.plugins()));
    }

    private Integer run(ProjectConfig projectConfig, RuleRegistry registry, PluginLoader.Loaded loaded) throws ProblemException {
        PrintWriter err = spec.commandLine().getErr();
        SettingsResolver resolver = new SettingsResolver(registry);
        RuleSettings settings = resolver.resolve(projectConfig, preview.value(), enable.value(), disable.value(), severities.value());
        FailOn threshold = failOn(projectConfig);
        resolver.deprecationWarnings(settings).forEach(warning -> err.println("stacklint: warning: " + warning));
        Integer jobs = this.jobs.value();
        if (jobs != null && jobs < 1) {
            throw Refusal.of("--jobs must be 1 or more, not " + jobs);
        }
        Path reportRoot = root.value() != null ? workingDirectory.resolve(root.value()).normalize() : RepositoryRoot.of(workingDirectory);
        if (root.value() != null && !Files.isDirectory(reportRoot)) {
            // Paths would be shown relative to a directory that is not there, as ../ walks out of the real one.
            throw Refusal.of("--root " + root.value() + ": no such directory");
        }
        LintRun lintRun = new LintRun(new Linter(registry, settings), reportRoot, workingDirectory, excluded(projectConfig).or(packFixtures(projectConfig)));
        List<Path> targets = paths.value();
        if (targets.contains(Path.of(StdinBuffer.DASH))) {
            targets = StdinBuffer.read(lintRun, targets, stdinFilename.value(), terminal.stdin());
        } else if (stdinFilename.value() != null) {
            throw Refusal.of("--stdin-filename names the buffer read from standard input; give '-' as the path");
        }
        LintRun.Outcome outcome = (skipUnrecognized.value() ? lintRun.treatingNamedFilesAsFound() : lintRun)
                .run(targets, jobs != null ? jobs : Runtime.getRuntime().availableProcessors());

        List<LintReport.Notification> notifications = new ArrayList<>();
        PluginOptions.report(loaded, notifications, err, debug.value());
        for (String error : outcome.errors()) {
            notifications.add(new LintReport.Notification(Severity.ERROR, error, null, null));
            err.println("stacklint: " + error);
        }
        for (String warning : outcome.warnings()) {
            err.println("stacklint: warning: " + warning);
        }
        for (Linter.RuleFailure failure : outcome.failures()) {
            String message = failure.describe();
            notifications.add(new LintReport.Notification(Severity.ERROR, message, failure.rule() == null ? null : failure.rule().meta().id(), failure.error()));
            err.println("stacklint: " + message);
            if (debug.value()) {
                failure.error().printStackTrace(err);
            }
        }
        if (verbose.value()) {
            outcome.linted().forEach(file -> err.println("linted: " + file));
            outcome.skipped().forEach(file -> err.println("skipped: " + file));
            outcome.remarks().forEach(remark -> err.println("remark: " + remark.describe()));
        }
        if (outcome.linted().isEmpty() && outcome.errors().isEmpty() && !skipUnrecognized.value()) {
            err.println("stacklint: no CloudFormation template or state machine definition found"
                    + (outcome.skipped().isEmpty() ? "" : " (" + outcome.skipped().size() + " other file(s) skipped; --verbose lists them)"));
        }
        LintReport report = new LintReport(outcome.findings(), registry.rules(), outcome.linted(), notifications, reportRoot);
        Path baseline = this.baseline.value();
        if (baseline != null) {
            try {
                report = report.comparedWith(Baseline.read(workingDirectory.resolve(baseline)));
            } catch (IOException e) {
                throw Refusal.of("--baseline " + baseline + ": " + IoErrors.describe(e));
            }
            if (verbose.value()) {
                report.baseline().absent().forEach(entry -> err.println("baseline: no longer found: " + entry.file() + ":" + entry.line() + ":"
                        + entry.column() + ": " + entry.message() + " [" + entry.ruleId() + "]"));
            }
        }
        List<ReportOption> reports = reports();
        if (reports.stream().anyMatch(r -> r.output() != null && r.output().toString().isEmpty())) {
            throw Refusal.of("-o needs a file name");
        }
        if (reports.stream().filter(r -> r.output() == null).count() > 1) {
            throw Refusal.of("only one report can go to standard output; give the others -o FILE");
        }
        for (ReportOption target : reports) {
            try {
                write(report, target);
            } catch (IOException e) {
                throw Refusal.of("cannot write the report to " + (target.output() == null ? "standard output" : target.output()) + ": " + IoErrors.describe(e));
            }
        }
        if (reports.stream().allMatch(r -> r.output() != null)) {
            // The reports went to files; the console still gets the one-line verdict.
            err.println(TextReporter.summary(report));
        }
        if (!outcome.failures().isEmpty() || !loaded.failures().isEmpty()) {
            return ExitCodes.INTERNAL;
        }
        if (!outcome.errors().isEmpty()) {
            return ExitCodes.USAGE;
        }
        boolean failing = report.activeFindings().stream().map(Finding::severity).anyMatch(threshold::fails);
        return failing ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private FailOn failOn(ProjectConfig projectConfig) throws ProblemException {
        String text = failOnOption() != null ? failOnOption() : projectConfig.failOn() != null ? projectConfig.failOn() : "error";
        FailOn value = FailOn.parse(text);
        if (value == null) {
            throw Refusal.of("--fail-on must be error, warning, note or none, not '" + text + "'");
        }
        return value;
    }

    /** Exclusions are relative to the directory of the config file, as in .gitignore, wherever stacklint runs. */
    /**
     * The fixtures beside a loaded rule pack ({@code DIR/tests/}) are templates written to break its rules: a
     * directory walk over the project skips them (named explicitly, a fixture is still linted).
     */
    private Predicate<Path> packFixtures(ProjectConfig projectConfig) {
        List<Path> fixtures = new ArrayList<>();
        sources.ruleDirs().forEach(dir -> fixtures.add(workingDirectory.resolve(dir).resolve(YamlRuleLoader.TESTS_DIRECTORY).toAbsolutePath().normalize()));
        if (projectConfig.directory() != null) {
            projectConfig.rules().forEach(dir -> fixtures.add(projectConfig.directory().resolve(dir.value())
                    .resolve(YamlRuleLoader.TESTS_DIRECTORY).toAbsolutePath().normalize()));
        }
        return file -> fixtures.stream().anyMatch(file::startsWith);
    }

    private static Predicate<Path> excluded(ProjectConfig projectConfig) {
        List<PathMatcher> matchers = projectConfig.exclude().stream()
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
        Path directory = projectConfig.directory();
        if (matchers.isEmpty() || directory == null) {
            return file -> false;
        }
        return file -> file.startsWith(directory) && matchers.stream().anyMatch(m -> m.matches(directory.relativize(file)));
    }

    /** The value of {@code --fail-on}, null when not given. */
    String failOnOption() {
        return failOn.value();
    }

    /** The reports given with --format and -o, in order. */
    List<ReportOption> reportOptions() {
        return reportOptions.occurrences(spec.commandLine()).stream()
                .map(occurrence -> new ReportOption(format.valueIn(occurrence), output.valueIn(occurrence))).toList();
    }

    /** The reports asked for: a text report to standard output unless --format or -o says otherwise. */
    List<ReportOption> reports() {
        List<ReportOption> given = reportOptions();
        return given.isEmpty() ? List.of(new ReportOption(OutputFormat.text, null)) : given;
    }

    /** The reporter of a {@code --format}. */
    Reporter reporter(OutputFormat format) {
        return format.reporter();
    }

    private void write(LintReport report, ReportOption target) throws IOException {
        Reporter reporter = reporter(target.format());
        if (target.output() == null) {
            boolean colored = color.value() == ColorChoice.always || (color.value() == ColorChoice.auto && terminal.wantsColor());
            // Colour only ever goes to standard output, never into a file.
            PrintWriter out = spec.commandLine().getOut();
            (colored && reporter instanceof TextReporter ? new TextReporter(true) : reporter).write(report, out);
            out.flush();
            // A PrintWriter keeps its errors to itself: a full disk or a closed pipe must not pass for a report.
            if (out.checkError()) {
                throw new IOException("the write failed (disk full or pipe closed?)");
            }
            return;
        }
        ReportFile.write(workingDirectory.resolve(target.output()), writer -> reporter.write(report, writer));
    }
}
