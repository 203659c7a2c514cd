package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateMachineRule;
import io.stacklint.rules.builtin.asl.structure.StructureProblem;
import io.stacklint.rules.builtin.asl.structure.StructureValidation;

/** A state that sets {@code QueryLanguage: JSONPath} in a state machine set to JSONata, which Step Functions rejects. */
public final class JsonpathStateInJsonataMachine implements StateMachineRule {
    public static final RuleMeta META = RuleMeta.of("ASL106", "jsonpath-state-in-jsonata-machine",
            "State sets QueryLanguage JSONPath in a JSONata state machine", Severity.ERROR, "0.2.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(StateMachine machine, RuleContext context) {
        for (StructureProblem problem : StructureValidation.of(context, machine, StructureProblem.Kind.QUERY_LANGUAGE_DOWNGRADE)) {
            context.report(problem.node(), problem.message());
        }
    }
}
