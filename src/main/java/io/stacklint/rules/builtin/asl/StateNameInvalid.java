package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;

/** Step Functions takes state names of at most 80 characters, without control characters. */
public final class StateNameInvalid implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL148", "state-name-invalid",
            "State name is too long or holds control characters", Severity.ERROR, "0.2.0", "asl", "correctness");

    static final int MAX_LENGTH = 80;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(State state, StateMachine machine, RuleContext context) {
        String name = state.name();
        int length = name.codePointCount(0, name.length());
        if (length > MAX_LENGTH) {
            context.report(state.key(), "State name '%s' is %d characters long; Step Functions allows at most %d",
                    name, length, MAX_LENGTH);
        }
        // A loop, not name.codePoints(): it runs for every state of every file.
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                context.report(state.key(), "State name '%s' holds the control character U+%04X; Step Functions rejects it",
                        name, (int) name.charAt(i));
                return;
            }
        }
    }
}
