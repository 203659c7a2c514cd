package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateMachineRule;
import io.stacklint.rules.builtin.asl.structure.StructureProblem;
import io.stacklint.rules.builtin.asl.structure.StructureValidation;

/** A field the Amazon States Language requires is missing: {@code StartAt}, a Task's {@code Resource}, {@code Next} or {@code End}, ... */
public final class MissingRequiredField implements StateMachineRule {
    public static final RuleMeta META = RuleMeta.of("ASL101", "missing-required-field",
            "Required field is missing", Severity.ERROR, "0.2.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(StateMachine machine, RuleContext context) {
        for (StructureProblem problem : StructureValidation.of(context, machine, StructureProblem.Kind.MISSING_FIELD)) {
            context.report(problem.node(), problem.message());
        }
    }
}
