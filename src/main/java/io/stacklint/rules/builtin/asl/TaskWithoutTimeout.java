package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.cfn.ResourceRefs;
import io.stacklint.model.cfn.Template;
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
        // A machine-wide TimeoutSeconds bounds every task, and Express executions end after five minutes,
        // so the year-long wait cannot happen there.
        if (machine.definition().node().has("TimeoutSeconds") || machine.isExpress() || state.runsInExpressChildExecution()) {
            return;
        }
        String waitsFor = waitsFor(state, context);
        boolean heartbeat = state.has("HeartbeatSeconds") || state.has("HeartbeatSecondsPath");
        if (waitsFor != null && !heartbeat) {
            context.report(Severity.ERROR, state.key(), "Task '%s' has no TimeoutSeconds and %s: the execution waits up to a year",
                    state.name(), waitsFor);
        } else if (waitsFor != null) {
            context.report(state.key(), "Task '%s' has no TimeoutSeconds: its heartbeat catches a lost worker, but a worker that keeps sending heartbeats can hold the execution for up to a year",
                    state.name());
        } else {
            context.report(state.key(), "Task '%s' has no TimeoutSeconds: if the call hangs, the execution waits up to a year",
                    state.name());
        }
    }

    /** What makes a task wait on something outside Step Functions, or null for a request-response call. */
    private static String waitsFor(State state, RuleContext context) {
        String resource = state.resource();
        if (resource != null) {
            if (resource.endsWith(".waitForTaskToken")) {
                return "waits for a task token that may never be sent";
            }
            if (resource.endsWith(".sync") || resource.contains(".sync:")) {
                return "waits for a job (.sync) that may never finish";
            }
            // Region and account may be ${AWS::Region}-style placeholders, which hold colons themselves.
            if (resource.startsWith("arn:") && resource.contains(":states:") && resource.matches(".*:activity:[^:]+")) {
                return "runs an activity whose worker may never answer";
            }
        }
        Template template = context.model().template();
        String target = ResourceRefs.target(state.field("Resource"));
        if (template != null && target != null && template.resource(target)
                .map(r -> "AWS::StepFunctions::Activity".equals(r.type())).orElse(false)) {
            return "runs an activity whose worker may never answer";
        }
        return null;
    }
}
