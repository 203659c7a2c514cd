package io.stacklint.rules.builtin.parse;

import io.stacklint.model.SourceModel;
import io.stacklint.parse.ParseProblem;
import io.stacklint.rules.api.DocumentRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;

/** A file that is not well-formed YAML or JSON, reported where the parser stopped. */
public final class SyntaxError implements DocumentRule {
    public static final RuleMeta META = RuleMeta.of("PARSE001", "syntax-error",
            "File is not well-formed YAML or JSON", Severity.ERROR, "0.1.0", "parse");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(SourceModel model, RuleContext context) {
        ParseProblems.report(model, ParseProblem.Kind.SYNTAX, context);
    }
}
