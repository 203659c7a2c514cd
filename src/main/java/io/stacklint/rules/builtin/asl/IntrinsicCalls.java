package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.AslValues;
import io.stacklint.model.asl.QueryLanguage;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.expr.ExpressionSites;
import io.stacklint.model.asl.expr.ExpressionSites.Site;
import io.stacklint.model.asl.expr.IntrinsicParser;
import io.stacklint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/** The intrinsic function calls a JSONPath state writes, parsed: what ASL122 and ASL123 look at. */
final class IntrinsicCalls {
    /** One written call: the string holding it, the field it is in, and its parse. */
    record Written(ScalarNode scalar, String field, IntrinsicParser.Result parse) {
    }

    private IntrinsicCalls() {
    }

    static List<Written> of(State state) {
        List<Written> out = new ArrayList<>();
        if (QueryLanguage.of(state) != QueryLanguage.JSONPATH) {
            return out;
        }
        for (Site site : ExpressionSites.jsonPathSites(state)) {
            if (site.kind().allowsFunction() && site.value() instanceof ScalarNode scalar && scalar.isString()
                    && !scalar.value().startsWith("$") && IntrinsicParser.looksLikeCall(scalar.value())) {
                IntrinsicParser.Result parse = IntrinsicParser.parse(scalar.value());
                // A ${Name} placeholder is filled at deploy time: what it breaks now says nothing.
                if (parse.error() == null || !AslValues.hasPlaceholder(scalar.value())) {
                    out.add(new Written(scalar, site.field(), parse));
                }
            }
        }
        return out;
    }
}
