package com.acme.stacklint;

import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import java.util.Set;

/** Acme's house rule: every Task says in a Comment what it calls and why, for the on-call engineer. */
public final class TaskWithoutComment implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ACME001", "task-without-comment",
            "Task state has no Comment", Severity.WARNING, "1.0.0", "acme", "maintainability");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Set<String> stateTypes() {
        return Set.of("Task");
    }

    @Override
    public void check(State state, StateMachine machine, RuleContext context) {
        if (!state.has("Comment")) {
            context.report(state.key(), "Task '%s' has no Comment: say what it calls and what to do when it fails", state.name());
        }
    }

    @Override
    public String help() {
        return """
                ## What it flags

                A `Task` state without a `Comment`.

                ## Why it matters

                The on-call engineer reads the workflow in the console during an incident.

                ## Example

                ```yaml
                Charge:
                  Type: Task
                  Resource: arn:aws:states:::lambda:invoke
                  End: true
                ```

                ## Use instead

                Add `Comment: Charges the card; on failure see the payments runbook`.

                ## Options

                None.

                ## References

                - Acme workflow guidelines
                """;
    }
}
