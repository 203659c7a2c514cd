package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateMachineRule;
import io.stacklint.rules.builtin.asl.structure.StructureProblem;
import io.stacklint.rules.builtin.asl.structure.StructureValidation;

/** A JSONPath field ({@code Parameters}, {@code ResultPath}, a {@code .$} key) in a JSONata state, or a JSONata one ({@code Arguments}, {@code Output}, a {@code {% %}} value) in a JSONPath state. */
public final class FieldOfOtherQueryLanguage implements StateMachineRule {
    public static final RuleMeta META = RuleMeta.of("ASL105", "field-of-other-query-language",
            "Field belongs to the other query language", Severity.ERROR, "0.2.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(StateMachine machine, RuleContext context) {
        for (StructureProblem problem : StructureValidation.of(context, machine, StructureProblem.Kind.OTHER_QUERY_LANGUAGE)) {
            context.report(problem.node(), problem.message());
        }
    }
}
