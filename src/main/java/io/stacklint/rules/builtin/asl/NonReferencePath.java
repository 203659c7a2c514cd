package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.AslValues;
import io.stacklint.model.asl.QueryLanguage;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.asl.expr.ExpressionSites;
import io.stacklint.model.asl.expr.ExpressionSites.Site;
import io.stacklint.model.asl.expr.JsonPath;
import io.stacklint.model.asl.expr.ValueSpans;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.ScalarNode;

/**
 * A field that must be a Reference Path ({@code ResultPath} of a state or a catcher, {@code ItemsPath},
 * {@code SecondsPath}, {@code TimestampPath}, the timeout, heartbeat, concurrency, tolerance and item-count
 * {@code ...Path} fields, {@code ErrorPath}, {@code CausePath}) holding a valid path that could select several
 * nodes; or a {@code ResultPath} that points outside the state's input.
 */
public final class NonReferencePath implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL121", "non-reference-path",
            "Path that must identify a single node can select several", Severity.ERROR, "0.2.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(State state, StateMachine machine, RuleContext context) {
        if (QueryLanguage.of(state) != QueryLanguage.JSONPATH) {
            return;
        }
        for (Site site : ExpressionSites.jsonPathSites(state)) {
            if (!site.kind().singleNode() || !(site.value() instanceof ScalarNode scalar) || !scalar.isString()
                    || AslValues.isSymbolic(scalar) || !scalar.value().startsWith("$")) {
                continue;
            }
            JsonPath.Result result = JsonPath.parse(scalar.value());
            if (!result.isValid()) {
                continue;
            }
            if (site.field().endsWith("ResultPath") && result.root() != JsonPath.Root.INPUT) {
                String root = result.root() == JsonPath.Root.CONTEXT ? "the context object ($$)" : "a variable";
                context.report(ValueSpans.of(scalar, 0, scalar.value().length()), scalar.path(),
                        "%s of '%s' must point into the state's input (start with '$.' or be '$'), not into %s; Step Functions rejects the definition",
                        site.field(), state.name(), root);
            } else if (!result.isSingular()) {
                context.report(ValueSpans.of(scalar, result.multipleStart(), result.multipleEnd()), scalar.path(),
                        "%s of '%s' must be a Reference Path that identifies a single node, but %s can select several; Step Functions rejects the definition",
                        site.field(), state.name(), result.multiple());
            }
        }
    }
}
