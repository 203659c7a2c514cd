package io.stacklint.rules.builtin.iam;

import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.iam.MachineNeeds;
import io.stacklint.model.iam.Needs;
import io.stacklint.rules.api.RuleContext;
import java.util.List;

/** What a state machine needs, worked out once per file for the rules that all ask. */
final class MachineNeedsCache {
    private MachineNeedsCache() {
    }

    static Needs of(StateMachine machine, RuleContext context) {
        return context.model().memo(List.of(MachineNeedsCache.class, machine), () -> MachineNeeds.of(machine, context.model().template()));
    }
}
