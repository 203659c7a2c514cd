package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateMachineRule;
import io.stacklint.rules.builtin.asl.structure.StructureProblem;
import io.stacklint.rules.builtin.asl.structure.StructureValidation;

/** A value of the right type that Step Functions does not allow: an unknown state {@code Type}, a negative count, a name too long. */
public final class ValueOutOfRange implements StateMachineRule {
    public static final RuleMeta META = RuleMeta.of("ASL103", "value-out-of-range",
            "Field value is out of range or not one of the allowed values", Severity.ERROR, "0.2.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(StateMachine machine, RuleContext context) {
        for (StructureProblem problem : StructureValidation.of(context, machine, StructureProblem.Kind.OUT_OF_RANGE)) {
            context.report(problem.node(), problem.message());
        }
    }
}
