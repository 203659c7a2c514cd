package io.stacklint.cli;

import java.util.List;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult.GroupMatch;

/**
 * Declares options with picocli's programmatic API, each once, for parsing and help alike; picocli keeps each parsed
 * value, and the command reads it through the {@link Arg} it gets back. Picocli's annotations would say the same, but
 * reading each annotation type by reflection makes a dynamic proxy class (generated, then interpreted and compiled) at
 * every start: a fifth of the CPU of a one-file run.
 */
abstract class Options {
    /** A declared option or parameter, with the value picocli parsed for it. */
    static final class Arg<T> {
        private final ArgSpec spec;

        Arg(ArgSpec spec) {
            this.spec = spec;
        }

        /** The parsed value, or the initial one when the command line does not give it. */
        T value() {
            return spec.getValue();
        }

        /** Its value in one occurrence of a {@link Repeated} group, the initial one where that occurrence does not give it. */
        @SuppressWarnings("unchecked")
        T valueIn(GroupMatch occurrence) {
            List<Object> values = occurrence.matchedValues(spec);
            return values.isEmpty() ? (T) spec.initialValue() : (T) values.get(values.size() - 1);
        }
    }

    /** Options given together, repeatedly ({@code --format sarif -o a.sarif --format text}); each occurrence is one match. */
    static final class Repeated extends Options {
        private final ArgGroupSpec.Builder group;
        private ArgGroupSpec built;

        /** A group of options that need not all be given together, {@code multiplicity} times ({@code "0..*"}). */
        Repeated(String multiplicity) {
            group = ArgGroupSpec.builder().exclusive(false).multiplicity(multiplicity);
        }

        @Override
        void add(OptionSpec option) {
            group.addArg(option);
        }

        ArgGroupSpec spec() {
            if (built == null) {
                built = group.build();
            }
            return built;
        }

        /** Each occurrence on the command line that {@code command} parsed, in order. */
        List<GroupMatch> occurrences(picocli.CommandLine command) {
            return command.getParseResult().findMatches(spec()).stream().flatMap(container -> container.matches().stream())
                    .filter(match -> !match.isEmpty()).toList();
        }
    }

    abstract void add(OptionSpec option);

    /** {@code name} with no value: true when given. */
    final Arg<Boolean> flag(String name, String description) {
        return added(OptionSpec.builder(name).type(boolean.class).initialValue(false).description(description).build());
    }

    /** {@code name VALUE}, converted to {@code type}; {@code initial} when not given. */
    final <T> Arg<T> value(String name, Class<T> type, T initial, String label, String description) {
        return added(OptionSpec.builder(name).type(type).initialValue(initial).paramLabel(label).description(description).build());
    }

    /** {@code shortName VALUE} or {@code name VALUE}, converted to {@code type}; {@code initial} when not given. */
    final <T> Arg<T> value(String shortName, String name, Class<T> type, T initial, String label, String description) {
        return added(OptionSpec.builder(shortName, name).type(type).initialValue(initial).paramLabel(label).description(description).build());
    }

    /** {@code name VALUE}, repeatable: every value in order, converted to {@code type}; empty when not given. */
    final <T> Arg<List<T>> repeatable(String name, Class<T> type, String label, String description) {
        return added(OptionSpec.builder(name).type(List.class).auxiliaryTypes(type).initialValue(List.of()).paramLabel(label)
                .description(description).build());
    }

    /** {@code name A,B}, repeatable: every value in order; empty when not given. */
    final Arg<List<String>> commaSeparated(String name, String label, String description) {
        return added(OptionSpec.builder(name).type(List.class).auxiliaryTypes(String.class).splitRegex(",").initialValue(List.of())
                .paramLabel(label).description(description).build());
    }

    private <T> Arg<T> added(OptionSpec option) {
        add(option);
        return new Arg<>(option);
    }
}
