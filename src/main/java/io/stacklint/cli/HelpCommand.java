package io.stacklint.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code stacklint help [COMMAND]}: the usage help of stacklint or of one of its commands, word for word as picocli's
 * own {@code HelpCommand} gives it, but declared without annotations (see {@link Options}), since {@code --help}
 * lists this command too.
 */
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Callable<Integer> {
    final CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("help").helpCommand(true);
    private final Options.Arg<String> command;
    private CommandLine self;
    private Help.ColorScheme colors;
    private PrintWriter out;

    HelpCommand() {
        spec.usageMessage().header("Display help information about the specified command.").synopsisHeading("%nUsage: ")
                .description("%nWhen no COMMAND is given, the usage help for the main command is displayed.",
                        "If a COMMAND is specified, the help for that command is shown.%n");
        spec.addOption(OptionSpec.builder("-h", "--help").type(boolean.class).usageHelp(true)
                .description("Show usage help for the help command and exit.").build());
        PositionalParamSpec parameter = PositionalParamSpec.builder().type(String.class).arity("0..1").paramLabel("COMMAND")
                .description("The COMMAND to display the usage help message for.").build();
        spec.addPositional(parameter);
        command = new Options.Arg<>(parameter);
    }

    @Override
    public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = out;
    }

    @Override
    public Integer call() {
        CommandLine parent = self.getParent();
        String name = command.value();
        CommandLine shown = name == null ? parent : parent.getSubcommands().get(name);
        if (shown == null) {
            throw new ParameterException(parent, "Unknown subcommand '" + name + "'.", null, name);
        }
        shown.usage(out, colors);
        return shown.getCommandSpec().exitCodeOnUsageHelp();
    }
}
