package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.AslDefinition;
import io.stacklint.model.asl.Catcher;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.asl.Transition;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * A Catch of every error ({@code States.ALL}, {@code States.TaskFailed}) at the top level of a definition whose
 * path ends the execution as succeeded, through Pass, Wait and Choice states only: no Fail state, and no Task,
 * Parallel or Map that could record or report the error. The execution's status hides the failure from every
 * alarm on failed executions. Catches inside a Map or Parallel are left alone: tolerating an item's failure is
 * a common, deliberate design.
 */
public final class FailureReportedAsSuccess implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL163", "failure-reported-as-success",
            "Caught failure ends the execution as succeeded", Severity.WARNING, "0.2.0", "asl", "reliability");

    private static final Set<String> CATCH_EVERYTHING = Set.of("States.ALL", "States.TaskFailed");
    private static final Set<String> PASS_THROUGH = Set.of("Pass", "Wait", "Choice");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Set<String> stateTypes() {
        return Set.of("Task", "Parallel", "Map");
    }

    @Override
    public void check(State state, StateMachine machine, RuleContext context) {
        AslDefinition scope = state.scope();
        if (scope.owner() != null) {
            return;
        }
        for (Catcher catcher : state.catchers()) {
            Node next = catcher.next();
            String error = next == null || next.text() == null ? null : everythingCaught(catcher);
            if (error == null) {
                continue;
            }
            State end = succeedingEnd(scope, next.text());
            if (end != null) {
                context.report(next, "Catch of %s on '%s' leads to '%s', which ends the execution as succeeded, with no Fail "
                        + "state and no Task that records the error on the way: the failure is reported as a success, and "
                        + "alarms on failed executions never see it", error, state.name(), end.name());
            }
        }
    }

    /**
     * The first error name of the catcher that catches every error, or null. A loop, not a stream: it runs for every
     * catcher while the rule's code is still interpreted.
     */
    private static String everythingCaught(Catcher catcher) {
        for (ScalarNode error : catcher.errorEquals()) {
            if (CATCH_EVERYTHING.contains(error.value())) {
                return error.value();
            }
        }
        return null;
    }

    /** The first state reached from {@code start} through Pass, Wait and Choice states that ends the execution well. */
    private static State succeedingEnd(AslDefinition scope, String start) {
        Deque<String> work = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        work.add(start);
        while (!work.isEmpty()) {
            State at = scope.state(work.poll());
            if (at == null || !seen.add(at.name())) {
                continue;
            }
            if (at.isType("Succeed")) {
                return at;
            }
            if (!PASS_THROUGH.contains(at.type()) || at.hasDeployTimeTransition()) {
                continue;
            }
            if (at.isTerminal()) {
                return at;
            }
            for (Transition transition : at.transitions()) {
                work.add(transition.targetName());
            }
        }
        return null;
    }
}
