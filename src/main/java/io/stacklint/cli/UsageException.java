package io.stacklint.cli;

import java.util.List;

/** The command line or configuration asks for something that cannot be done; exit 2 with these lines. */
final class UsageException extends Exception {
    private final List<String> problems;

    UsageException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
