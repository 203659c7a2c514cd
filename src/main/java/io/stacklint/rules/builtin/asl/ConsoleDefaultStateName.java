package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import java.util.Set;

/**
 * A state still named as Workflow Studio names a state dropped on the canvas: its type ({@code Pass},
 * {@code Choice}, {@code Map}), or its service and action ({@code Lambda Invoke}, {@code SNS Publish}), with a
 * number when there are several ({@code Lambda Invoke (1)}). Execution histories, logs and audits then say
 * what kind of step failed, not which one.
 */
public final class ConsoleDefaultStateName implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL164", "console-default-state-name",
            "State keeps the name the console gave it", Severity.NOTE, "0.2.0", "asl", "style");

    /** The console's names for a new state; it appends " (1)", " (2)"... when there are several. */
    private static final Set<String> DEFAULT_NAMES = Set.of("Pass", "Choice", "Map", "Parallel", "Wait", "Success",
            "Succeed", "Fail", "Task", "Lambda Invoke", "SNS Publish", "SQS SendMessage", "EventBridge PutEvents",
            "Step Functions StartExecution", "DynamoDB GetItem", "DynamoDB PutItem", "DynamoDB UpdateItem",
            "DynamoDB DeleteItem", "DynamoDB Query", "ECS RunTask", "Batch SubmitJob", "Glue StartJobRun",
            "Athena StartQueryExecution", "CodeBuild StartBuild");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Set<String> stateTypes() {
        return Set.of();
    }

    @Override
    public void check(State state, StateMachine machine, RuleContext context) {
        if (state.name() != null && DEFAULT_NAMES.contains(withoutCounter(state.name()))) {
            context.report(state.key(), "State '%s' keeps the name the console gives a new %s state: execution histories "
                    + "and logs then say what kind of step ran, not what it did; name it after its job", state.name(),
                    state.type() == null ? "" : state.type());
        }
    }

    /**
     * The name without a trailing " (N)" counter, else the name itself. By hand, not a regex: it runs for every
     * state, and a pattern's first compile and match cost more than this loop while the code is interpreted.
     */
    private static String withoutCounter(String name) {
        int close = name.length() - 1;
        if (close < 0 || name.charAt(close) != ')') {
            return name;
        }
        int digits = close;
        while (digits > 0 && name.charAt(digits - 1) >= '0' && name.charAt(digits - 1) <= '9') {
            digits--;
        }
        if (digits == close || digits < 2 || name.charAt(digits - 1) != '(' || name.charAt(digits - 2) != ' ') {
            return name;
        }
        return name.substring(0, digits - 2);
    }
}
