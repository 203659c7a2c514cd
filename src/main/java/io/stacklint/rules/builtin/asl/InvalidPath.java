package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.AslValues;
import io.stacklint.model.asl.QueryLanguage;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.asl.expr.ExpressionSites;
import io.stacklint.model.asl.expr.ExpressionSites.Site;
import io.stacklint.model.asl.expr.IntrinsicParser;
import io.stacklint.model.asl.expr.JsonPath;
import io.stacklint.model.asl.expr.ValueSpans;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.ScalarNode;
import java.util.Set;

/**
 * A path field ({@code InputPath}, {@code ResultPath}, {@code ItemsPath}, a {@code ...Path} field, a Choice
 * {@code Variable}) or a {@code .$} value of a JSONPath state that is not a JSONPath path Step Functions accepts.
 */
public final class InvalidPath implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL120", "invalid-path",
            "Path is not valid JSONPath", Severity.ERROR, "0.2.0", "asl", "correctness");

    /** The paths that may be null: no input, an empty output, the result discarded. */
    private static final Set<String> NULLABLE = Set.of("InputPath", "OutputPath", "ResultPath", "Catch ResultPath");

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
            if (AslValues.isSymbolic(site.value())) {
                continue;
            }
            if (site.value() instanceof ScalarNode n && n.isNull()) {
                if (!NULLABLE.contains(site.field()) && !site.field().endsWith(".$'")) {
                    context.report(site.value(), "%s of '%s' cannot be null: only InputPath, OutputPath and ResultPath can; Step Functions rejects the definition",
                            site.field(), state.name());
                }
                continue;
            }
            if (!(site.value() instanceof ScalarNode scalar) || !scalar.isString()) {
                if (site.field().endsWith(".$'")) {
                    context.report(site.value(), "%s of '%s' must be a string holding a path or an intrinsic function, not %s; Step Functions rejects the definition",
                            site.field(), state.name(), site.value().describe());
                }
                continue;
            }
            check(state, site, scalar, context);
        }
    }

    private static void check(State state, Site site, ScalarNode scalar, RuleContext context) {
        String text = scalar.value();
        boolean placeholder = AslValues.hasPlaceholder(text);
        if (site.kind().allowsFunction() && !text.startsWith("$")) {
            if (!IntrinsicParser.looksLikeCall(text) && !placeholder) {
                context.report(scalar, "%s of '%s' must be a path starting with '$' or an intrinsic function such as States.Format(...), not '%s'; Step Functions rejects the definition",
                        site.field(), state.name(), text);
            }
            return;
        }
        JsonPath.Result result = JsonPath.parse(text);
        if (!result.isValid() && !placeholder) {
            context.report(ValueSpans.of(scalar, result.error()), scalar.path(), "%s of '%s' is not a valid path: %s; Step Functions rejects the definition",
                    site.field(), state.name(), result.error().message());
        }
    }
}
