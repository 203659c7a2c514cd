package io.stacklint.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command as picocli runs it: its name, help text, options and parameters, declared with the programmatic API
 * (see {@link Options} for why not with annotations), and the object it calls once the command line parses.
 */
final class CommandDeclaration extends Options {
    private final CommandSpec spec;

    /**
     * Command {@code name}, which runs {@code command} (a {@code Runnable} or {@code Callable}), with {@code -h, --help}
     * and {@code -V, --version} as picocli's standard help options have them.
     */
    CommandDeclaration(String name, Object command, List<String> description, List<String> footer) {
        spec = CommandSpec.wrapWithoutInspection(command).name(name).versionProvider(new StacklintCommand.Version());
        spec.usageMessage().description(description.toArray(String[]::new)).footer(footer.toArray(String[]::new));
        spec.addOption(OptionSpec.builder("-h", "--help").type(boolean.class).usageHelp(true).description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").type(boolean.class).versionHelp(true).description("Print version information and exit.").build());
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    void add(OptionSpec option) {
        spec.addOption(option);
    }

    /** Options given together, repeatedly, declared beforehand on {@code group}. */
    void add(Repeated group) {
        spec.addArgGroup(group.spec());
    }

    /** The one positional parameter, converted to {@code type}. */
    <T> Arg<T> parameter(Class<T> type, String label, String description) {
        PositionalParamSpec parameter = PositionalParamSpec.builder().required(true).type(type).paramLabel(label).description(description).build();
        spec.addPositional(parameter);
        return new Arg<>(parameter);
    }

    /** The positional parameters, one or more, each converted to {@code type}. */
    <T> Arg<List<T>> parameters(Class<T> type, String label, String description) {
        PositionalParamSpec parameters = PositionalParamSpec.builder().required(true).arity("1..*").type(List.class).auxiliaryTypes(type)
                .paramLabel(label).description(description).build();
        spec.addPositional(parameters);
        return new Arg<>(parameters);
    }
}
