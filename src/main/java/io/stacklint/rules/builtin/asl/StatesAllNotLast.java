package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.ErrorMatcher;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.ScalarNode;
import java.util.List;
import java.util.Set;

/** {@code States.ALL} must be the only error of its entry, and that entry the last of its Retry or Catch list. */
public final class StatesAllNotLast implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL003", "states-all-not-last",
            "States.ALL is not alone in the last Retry or Catch entry", Severity.ERROR, "0.1.0", "asl", "correctness");

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
        checkList(state, "Retry", state.retriers(), context);
        checkList(state, "Catch", state.catchers(), context);
    }

    private static void checkList(State state, String field, List<? extends ErrorMatcher> entries, RuleContext context) {
        for (int i = 0; i < entries.size(); i++) {
            List<ScalarNode> errors = entries.get(i).errorEquals();
            for (ScalarNode error : errors) {
                if (!ErrorMatcher.CATCH_ALL.equals(error.value())) {
                    continue;
                }
                if (errors.size() > 1) {
                    context.report(error, "States.ALL in %s of '%s' must be the only error name of its entry; Step Functions rejects the definition",
                            field, state.name());
                } else if (i < entries.size() - 1) {
                    context.report(error, "States.ALL in %s of '%s' must be in the last entry (entry %d of %d); Step Functions rejects the definition",
                            field, state.name(), i + 1, entries.size());
                }
            }
        }
    }
}
