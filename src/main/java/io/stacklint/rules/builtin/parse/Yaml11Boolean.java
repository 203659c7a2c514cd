package io.stacklint.rules.builtin.parse;

import io.stacklint.model.SourceModel;
import io.stacklint.parse.ParseProblem;
import io.stacklint.rules.api.DocumentRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;

/**
 * An unquoted {@code Yes}, {@code No}, {@code On} or {@code Off}: stacklint reads it as the text written (keys and
 * values alike), YAML 1.1 readers as a boolean. Reported once per file, at the first one.
 */
public final class Yaml11Boolean implements DocumentRule {
    public static final RuleMeta META = RuleMeta.of("PARSE006", "yaml11-boolean-word",
            "Unquoted yes/no/on/off, a boolean to YAML 1.1 readers", Severity.WARNING, "0.2.0", "parse");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(SourceModel model, RuleContext context) {
        ParseProblems.report(model, ParseProblem.Kind.YAML11_BOOLEAN, context);
    }
}
