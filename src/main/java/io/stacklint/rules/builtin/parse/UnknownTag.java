package io.stacklint.rules.builtin.parse;

import io.stacklint.model.SourceModel;
import io.stacklint.parse.ParseProblem;
import io.stacklint.rules.api.DocumentRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;

/** A YAML tag that is not the short form of an intrinsic function: CloudFormation cannot read it. */
public final class UnknownTag implements DocumentRule {
    public static final RuleMeta META = RuleMeta.of("PARSE003", "unknown-tag",
            "YAML tag that CloudFormation does not know", Severity.ERROR, "0.1.0", "parse");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(SourceModel model, RuleContext context) {
        ParseProblems.report(model, ParseProblem.Kind.UNKNOWN_TAG, context);
    }
}
