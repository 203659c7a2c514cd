package io.stacklint.source;

import java.util.List;

/** What was asked for cannot be done as given: the problems, all of them, not only the first (exit code 2 on the command line). */
public final class ProblemException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public ProblemException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).reduce((a, b) -> a + "\n" + b).orElse("no problem"));
        this.problems = List.copyOf(problems);
    }

    public ProblemException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
