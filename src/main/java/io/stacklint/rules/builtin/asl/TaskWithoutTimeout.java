package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import java.util.Set;

/** A Task with no timeout: Step Functions waits for it as long as the execution may run, up to a year. */
public final class TaskWithoutTimeout implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL001", "task-without-timeout",
            "Task state has no TimeoutSeconds", Severity.WARNING, "0.1.0", "asl", "reliability");

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
        if (state.has("TimeoutSeconds") || state.has("TimeoutSecondsPath")) {
            return;
        }
        // A machine-wide TimeoutSeconds bounds every task, so the year-long wait cannot happen.
        if (machine.definition().node().has("TimeoutSeconds")) {
            return;
        }
        String waitsFor = waitsForCallback(state.resource());
        if (waitsFor != null) {
            context.report(Severity.ERROR, state.key(),
                    "Task '%s' has no TimeoutSeconds and %s: a lost callback leaves the execution waiting up to a year",
                    state.name(), waitsFor);
        } else {
            context.report(state.key(), "Task '%s' has no TimeoutSeconds: if the call hangs, the execution waits up to a year",
                    state.name());
        }
    }

    /** What makes a task wait on something outside Step Functions, or null for a request-response call. */
    private static String waitsForCallback(String resource) {
        if (resource == null) {
            return null;
        }
        if (resource.endsWith(".waitForTaskToken")) {
            return "waits for a task token";
        }
        if (resource.endsWith(".sync") || resource.contains(".sync:")) {
            return "waits for the job to finish (.sync)";
        }
        if (resource.matches("arn:[^:]+:states:[^:]*:[^:]*:activity:.+")) {
            return "runs an activity";
        }
        return null;
    }
}
