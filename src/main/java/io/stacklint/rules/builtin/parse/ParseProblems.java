package io.stacklint.rules.builtin.parse;

import io.stacklint.model.SourceModel;
import io.stacklint.model.SourceModels;
import io.stacklint.parse.ParseProblem;
import io.stacklint.rules.api.RuleContext;

/**
 * What the parse rules share: the parser already found the problems (in the file, and in the definition text
 * and files its state machines are read from); each rule reports one kind of them.
 */
final class ParseProblems {
    private ParseProblems() {
    }

    static void report(SourceModel model, ParseProblem.Kind kind, RuleContext context) {
        for (ParseProblem problem : SourceModels.parseProblems(model)) {
            if (problem.kind() == kind) {
                context.report(problem.span(), problem.path(), problem.message());
            }
        }
    }
}
