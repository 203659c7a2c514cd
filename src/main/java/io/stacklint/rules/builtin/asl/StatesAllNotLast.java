package io.stacklint.rules.builtin.asl;

import io.stacklint.model.NodeValues;
import io.stacklint.model.asl.ErrorMatcher;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.ScalarNode;
import java.util.List;

/** {@code States.ALL} must be the only error of its entry, and that entry the last of its Retry or Catch list. */
public final class StatesAllNotLast implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL003", "states-all-not-last",
            "States.ALL is not alone in the last Retry or Catch entry", Severity.ERROR, "0.1.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(State state, StateMachine machine, RuleContext context) {
        checkList(state, "Retry", context);
        checkList(state, "Catch", context);
    }

    /** An {@code Fn::If} around the list or an entry is resolved already: the machine is one deployment variant. */
    private static void checkList(State state, String field, RuleContext context) {
        List<MapNode> entries = NodeValues.listedMaps(state.field(field));
        for (int i = 0; i < entries.size(); i++) {
            checkEntry(state, field, NodeValues.strings(entries.get(i).get("ErrorEquals")), i, entries.size(), context);
        }
    }

    private static void checkEntry(State state, String field, List<ScalarNode> errors, int index, int count, RuleContext context) {
        for (ScalarNode error : errors) {
            if (!ErrorMatcher.CATCH_ALL.equals(error.value())) {
                continue;
            }
            if (errors.size() > 1) {
                context.report(error, "States.ALL in %s of '%s' must be the only error name of its entry; Step Functions rejects the definition",
                        field, state.name());
            } else if (index < count - 1) {
                context.report(error, "States.ALL in %s of '%s' must be in the last entry (entry %d of %d); Step Functions rejects the definition",
                        field, state.name(), index + 1, count);
            }
        }
    }
}
