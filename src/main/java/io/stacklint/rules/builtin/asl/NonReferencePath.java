package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.AslValues;
import io.stacklint.model.asl.QueryLanguage;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.asl.expr.ExpressionSites;
import io.stacklint.model.asl.expr.ExpressionSites.Kind;
import io.stacklint.model.asl.expr.ExpressionSites.Site;
import io.stacklint.model.asl.expr.JsonPath;
import io.stacklint.model.asl.expr.ValueSpans;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.ScalarNode;

/**
 * A {@code ResultPath} (of the state or of a catcher) that is a valid path but not a Reference Path: it could
 * select several nodes, or it points outside the state's input.
 */
public final class NonReferencePath implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL121", "non-reference-path",
            "ResultPath is not a Reference Path to a single node of the input", Severity.ERROR, "0.2.0", "asl", "correctness");

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
            if (site.kind() != Kind.REFERENCE_PATH || !(site.value() instanceof ScalarNode scalar) || !scalar.isString()
                    || AslValues.isSymbolic(scalar)) {
                continue;
            }
            JsonPath.Result result = JsonPath.parse(scalar.value());
            if (!result.isValid()) {
                continue;
            }
            if (result.root() != JsonPath.Root.INPUT) {
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
