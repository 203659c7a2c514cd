package io.stacklint.rules.builtin.iam;

import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.iam.MachineNeeds;
import io.stacklint.model.iam.Needs;
import io.stacklint.rules.api.RuleContext;
import java.util.IdentityHashMap;
import java.util.Map;

/** What a state machine needs, worked out once per file for the rules that all ask. */
final class MachineNeedsCache {
    private MachineNeedsCache() {
    }

    static Needs of(StateMachine machine, RuleContext context) {
        // By identity: a StateMachine's own equals would compare whole definitions.
        Map<StateMachine, Needs> cache = context.model().memo(MachineNeedsCache.class, IdentityHashMap::new);
        return cache.computeIfAbsent(machine, m -> MachineNeeds.of(m, context.model().template()));
    }
}
