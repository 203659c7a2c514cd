package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateMachineRule;
import io.stacklint.rules.builtin.asl.structure.StructureProblem;
import io.stacklint.rules.builtin.asl.structure.StructureValidation;

/** Two fields of which a state may have only one: {@code Next} and {@code End}, a value and its {@code Path} form, {@code Iterator} and {@code ItemProcessor}. */
public final class ConflictingFields implements StateMachineRule {
    public static final RuleMeta META = RuleMeta.of("ASL104", "conflicting-fields",
            "Fields that exclude each other are both set", Severity.ERROR, "0.2.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(StateMachine machine, RuleContext context) {
        for (StructureProblem problem : StructureValidation.of(context, machine, StructureProblem.Kind.CONFLICTING_FIELDS)) {
            context.report(problem.node(), problem.message());
        }
    }
}
