package io.stacklint.rules.builtin.parse;

import io.stacklint.model.SourceModel;
import io.stacklint.model.SourceModels;
import io.stacklint.parse.ParseProblem;
import io.stacklint.rules.api.DocumentRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;

/** A mapping that repeats a key: CloudFormation rejects the template, and YAML tools disagree on which value wins. */
public final class DuplicateKey implements DocumentRule {
    public static final RuleMeta META = RuleMeta.of("PARSE002", "duplicate-key",
            "Mapping repeats a key", Severity.ERROR, "0.1.0", "parse");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(SourceModel model, RuleContext context) {
        for (ParseProblem problem : SourceModels.parseProblems(model)) {
            if (problem.kind() == ParseProblem.Kind.DUPLICATE_KEY) {
                // Anything but the template's own text (a DefinitionString, a DefinitionUri file, a standalone file) is
                // a definition, which Step Functions reads.
                boolean definition = model.template() == null || !SourceModels.document(model).problems().contains(problem);
                context.report(problem.span(), problem.path(), definition
                        ? "%s: Step Functions rejects the definition or keeps only one of the values"
                        : "%s: CloudFormation rejects the template or keeps only one of the values", problem.message());
            }
        }
    }
}
