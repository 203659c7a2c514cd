package io.stacklint.cli;

import io.stacklint.source.Problem;
import io.stacklint.source.ProblemException;
import java.io.PrintWriter;

/** Where every problem a command refuses to go on with is written: one {@code stacklint: file:line:col: message} line each, exit 2. */
final class Refusal {
    private Refusal() {
    }

    static int print(PrintWriter err, ProblemException refused) {
        for (Problem problem : refused.problems()) {
            err.println("stacklint: " + problem);
        }
        return ExitCodes.USAGE;
    }

    /** A problem with the command line: no file, no position. */
    static ProblemException of(String message) {
        return new ProblemException(Problem.of(message));
    }
}
