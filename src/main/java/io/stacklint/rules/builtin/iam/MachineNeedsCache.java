package io.stacklint.rules.builtin.iam;

import io.stacklint.model.Memo;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.iam.MachineNeeds;
import io.stacklint.model.iam.Needs;
import io.stacklint.rules.api.RuleContext;
import java.util.IdentityHashMap;
import java.util.Map;

/** What a state machine needs, worked out once per file for the rules that all ask. */
final class MachineNeedsCache {
    private static final Memo<Map<StateMachine, Needs>> NEEDS = Memo.named("needs of each state machine");

    private MachineNeedsCache() {
    }

    static Needs of(StateMachine machine, RuleContext context) {
        // By identity: a StateMachine's own equals would compare whole definitions.
        Map<StateMachine, Needs> cache = NEEDS.in(context.model(), IdentityHashMap::new);
        return cache.computeIfAbsent(machine, m -> MachineNeeds.of(m, context.model().template()));
    }
}
