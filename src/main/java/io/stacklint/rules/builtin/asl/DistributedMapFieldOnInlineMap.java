package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateMachineRule;
import io.stacklint.rules.builtin.asl.structure.StructureProblem;
import io.stacklint.rules.builtin.asl.structure.StructureValidation;

/** A field only a Distributed Map takes ({@code ItemReader}, {@code ItemBatcher}, {@code ResultWriter}, tolerated failures, {@code Label}) on a Map that runs inline. */
public final class DistributedMapFieldOnInlineMap implements StateMachineRule {
    public static final RuleMeta META = RuleMeta.of("ASL107", "distributed-map-field-on-inline-map",
            "Distributed Map field on an inline Map", Severity.ERROR, "0.2.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(StateMachine machine, RuleContext context) {
        for (StructureProblem problem : StructureValidation.of(context, machine, StructureProblem.Kind.DISTRIBUTED_ONLY_FIELD)) {
            context.report(problem.node(), problem.message());
        }
    }
}
