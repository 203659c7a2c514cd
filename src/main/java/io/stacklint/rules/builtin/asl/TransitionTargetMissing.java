package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.AslDefinition;
import io.stacklint.model.asl.AslValues;
import io.stacklint.model.asl.Scopes;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.asl.Transition;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateMachineRule;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;

/**
 * {@code StartAt}, {@code Next}, {@code Default} and Catch {@code Next} name a state of their own scope: no
 * transition leads into or out of a Parallel branch or a Map processor.
 */
public final class TransitionTargetMissing implements StateMachineRule {
    public static final RuleMeta META = RuleMeta.of("ASL149", "transition-target-missing",
            "StartAt, Next or Default names no state of its scope", Severity.ERROR, "0.2.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(StateMachine machine, RuleContext context) {
        AslDefinition root = machine.definition();
        for (AslDefinition scope : Scopes.all(root)) {
            Node startAt = scope.startAt();
            if (startAt instanceof ScalarNode name && name.isString()) {
                checkTarget(root, scope, name, scope.owner() == null ? "StartAt" : "StartAt of " + Scopes.describe(scope), context);
            }
            for (State state : scope.states()) {
                for (Transition transition : state.transitions()) {
                    String field = switch (transition.kind()) {
                        case NEXT -> "Next of '" + state.name() + "'";
                        case CHOICE -> "Next of a Choice rule of '" + state.name() + "'";
                        case DEFAULT -> "Default of '" + state.name() + "'";
                        case CATCH -> "Catch Next of '" + state.name() + "'";
                    };
                    checkTarget(root, scope, transition.target(), field, context);
                }
            }
        }
    }

    private static void checkTarget(AslDefinition root, AslDefinition scope, ScalarNode target, String field, RuleContext context) {
        String name = target.value();
        if (name == null || scope.state(name) != null || AslValues.hasPlaceholder(name)) {
            return;
        }
        AslDefinition elsewhere = Scopes.holding(root, name);
        if (elsewhere == null) {
            context.report(target, "%s is '%s', but no state has that name", field, name);
        } else {
            context.report(target, "%s is '%s', which is a state of %s, not of %s: transitions cannot enter or leave a Parallel branch or Map processor",
                    field, name, Scopes.describe(elsewhere), Scopes.describe(scope));
        }
    }
}
