package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateMachineRule;
import io.stacklint.rules.builtin.asl.structure.StructureProblem;
import io.stacklint.rules.builtin.asl.structure.StructureValidation;

/** A field whose value has the wrong JSON type: a string where Step Functions wants an integer, a mapping where it wants a list. */
public final class WrongFieldType implements StateMachineRule {
    public static final RuleMeta META = RuleMeta.of("ASL102", "wrong-field-type",
            "Field has the wrong type", Severity.ERROR, "0.2.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(StateMachine machine, RuleContext context) {
        for (StructureProblem problem : StructureValidation.of(context, machine, StructureProblem.Kind.WRONG_TYPE)) {
            context.report(problem.node(), problem.message());
        }
    }
}
