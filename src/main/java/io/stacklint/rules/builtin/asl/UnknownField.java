package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateMachineRule;
import io.stacklint.rules.builtin.asl.structure.StructureProblem;
import io.stacklint.rules.builtin.asl.structure.StructureValidation;

/** A field the Amazon States Language does not define at that place: a typo, or a field of another state type. */
public final class UnknownField implements StateMachineRule {
    public static final RuleMeta META = RuleMeta.of("ASL100", "unknown-field",
            "Field unknown to Step Functions at its place", Severity.ERROR, "0.2.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(StateMachine machine, RuleContext context) {
        for (StructureProblem problem : StructureValidation.of(context, machine, StructureProblem.Kind.UNKNOWN_FIELD)) {
            context.report(problem.node(), problem.message());
        }
    }
}
