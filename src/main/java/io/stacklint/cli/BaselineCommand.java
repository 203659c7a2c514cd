package io.stacklint.cli;

import io.stacklint.report.BaselineReporter;
import io.stacklint.report.Reporter;
import io.stacklint.rules.api.Rule;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code stacklint baseline -o FILE PATH...}: lints as {@code lint} does, with the same options, and records the
 * findings in FILE instead of reporting them, so that a later {@code lint --baseline FILE} reports only new ones.
 */
final class BaselineCommand extends LintCommand {
    BaselineCommand(Path workingDirectory, List<Rule> rules) {
        super("baseline", List.of("Records today's findings in a baseline file (-o FILE, required); 'stacklint lint --baseline FILE'",
                        "then reports only the findings that are not in it. Takes the options of 'lint'; --format is ignored."),
                List.of("", "Exit codes: 0 the baseline was written; 2 usage, configuration or I/O error;",
                        "3 a rule, a plugin or stacklint itself failed (the baseline would be incomplete, so look before you use it)."),
                workingDirectory, rules, Terminal.detached());
    }

    @Override
    public Integer call() {
        List<ReportOption> reports = reportOptions();
        if (reports.size() != 1 || reports.get(0).output() == null) {
            spec.commandLine().getErr().println("stacklint: baseline: -o FILE is required, once (where to record the findings)");
            return ExitCodes.USAGE;
        }
        return super.call();
    }

    /** Recording findings is the point: they must not make the command fail. */
    @Override
    String failOnOption() {
        return "none";
    }

    @Override
    Reporter reporter(OutputFormat format) {
        return new BaselineReporter();
    }
}
