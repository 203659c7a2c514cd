package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A bare {@code stacklint PATH} is {@code stacklint lint PATH}, and options may come before the command name: Main
 * finds that name before any command is declared, with its own lists of the command names and of the options that
 * take a value, which must stay those of the declarations.
 */
class DefaultCommandTest {
    private static final CommandLine ALL = Main.commandLine(null, Path.of("."), List.of(), Terminal.detached());

    @Test
    void theCommandNamesAreTheDeclaredOnes() {
        assertThat(ALL.getSubcommands().keySet()).containsExactlyInAnyOrderElementsOf(Main.SUBCOMMANDS);
    }

    @Test
    void theOptionsSkippedWithTheirValueAreTheDeclaredOptionsThatTakeOne() {
        Set<String> withValue = new TreeSet<>();
        for (CommandLine command : ALL.getSubcommands().values()) {
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (option.arity().max() > 0) {
                    withValue.addAll(List.of(option.names()));
                }
            }
        }
        assertThat(withValue).containsExactlyInAnyOrderElementsOf(Main.OPTIONS_WITH_VALUE);
    }

    @Test
    void theCommandNameMovesToTheFront() {
        assertThat(Main.withDefaultCommand(new String[] {"--format", "json", "rules"})).containsExactly("rules", "--format", "json");
        assertThat(Main.withDefaultCommand(new String[] {"--machine", "Flow", "graph", "t.yaml"})).containsExactly("graph", "--machine", "Flow", "t.yaml");
        assertThat(Main.withDefaultCommand(new String[] {"--no-config", "t.yaml"})).containsExactly("lint", "--no-config", "t.yaml");
    }
}
