package io.stacklint.cli;

import io.stacklint.report.ToolInfo;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The top-level command; its subcommands do the work. */
final class StacklintCommand implements Runnable {
    /** The footer of {@code stacklint --help} and {@code stacklint lint --help}. */
    static final List<String> EXIT_CODES = List.of("", "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;",
            "2 usage, configuration or I/O error (a plugin jar that cannot be used included);",
            "3 a rule, a plugin or stacklint itself failed (the run is incomplete).");

    final CommandSpec spec = new CommandDeclaration("stacklint", this,
            List.of("Lints CloudFormation templates and the Step Functions state machines in them.%n"
                    + "A bare 'stacklint PATH...' is 'stacklint lint PATH...'."), EXIT_CODES).spec();

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {ToolInfo.NAME + " " + ToolInfo.version()};
        }
    }
}
