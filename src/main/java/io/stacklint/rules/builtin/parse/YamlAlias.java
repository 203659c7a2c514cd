package io.stacklint.rules.builtin.parse;

import io.stacklint.model.SourceModel;
import io.stacklint.parse.ParseProblem;
import io.stacklint.rules.api.DocumentRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;

/**
 * A YAML alias or merge key. CloudFormation rejects them ("YAML aliases are not allowed"); packaging tools
 * expand them first, so the template deploys only through those. stacklint expands them to lint the result.
 */
public final class YamlAlias implements DocumentRule {
    public static final RuleMeta META = RuleMeta.of("PARSE005", "yaml-alias",
            "YAML alias or merge key, which CloudFormation rejects", Severity.WARNING, "0.1.0", "parse");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(SourceModel model, RuleContext context) {
        ParseProblems.report(model, ParseProblem.Kind.ALIAS, context);
    }
}
