package io.stacklint.model.iam;

import io.stacklint.model.cfn.Template;
import io.stacklint.model.cfn.TemplateValues;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Whether a statement's {@code Resource} pattern covers a resource, both written as symbolic strings
 * ({@link TemplateValues}). IAM compares ARNs case-sensitively; in the pattern {@code *} is any run of characters and
 * {@code ?} one character (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html).
 * A {@code ${...}} token is one atomic value: it matches the same token, or a {@code *} of the pattern. A token whose
 * value is unknown (a parameter, a pseudo parameter) may stand for anything, so where it decides, the answer is
 * {@link Result#MAYBE} instead of NO; a pseudo parameter never holds a colon, so it stands for part of one ARN field
 * only. The name token of a template resource is a distinct value, but where a pattern field holds an unknown token
 * ({@code ${AWS::StackName}-*}) it may cover a generated name ({@code <stack>-<LogicalId>-<random>}): MAYBE.
 * {@code ${!x}} is the literal text {@code ${x}}.
 *
 * <p>Cost: proportional to the product of the two lengths at worst, after a literal-prefix test that settles most
 * pairs of different ARNs at once.
 */
public final class ArnMatch {
    public enum Result { YES, NO, MAYBE }

    /**
     * One character, a wildcard of the pattern, or a token. A pseudo parameter is unknown but never holds a colon
     * (a partition, region, account id, stack name), so it cannot stand for several fields of an ARN.
     */
    private record Unit(char c, String token, boolean star, boolean question, boolean unknown, boolean colonFree) {
        boolean literal() {
            return token == null && !star && !question;
        }

        /** Whether this unknown token may stand for the other unit. */
        boolean mayCover(Unit other) {
            return !colonFree || other.token() != null || other.c() != ':';
        }
    }

    private ArnMatch() {
    }

    /** Without the template every token counts as unknown: use {@link #matches(String, String, Template)} where it is known. */
    public static Result matches(String grantPattern, String needed) {
        return matches(grantPattern, needed, token -> true);
    }

    /** Tokens of the template's own resources are distinct values; parameters and pseudo parameters are unknown. */
    public static Result matches(String grantPattern, String needed, Template template) {
        return matches(grantPattern, needed, token -> TemplateValues.isUnknownToken(token, template));
    }

    public static Result matches(String grantPattern, String needed, Predicate<String> unknownToken) {
        if (grantPattern == null || needed == null) {
            return Result.MAYBE;
        }
        if (grantPattern.equals("*") || grantPattern.equals(needed)) {
            return Result.YES;
        }
        List<Unit> pattern = units(grantPattern, true, unknownToken);
        List<Unit> value = units(needed, false, unknownToken);
        if (match(pattern, value, false)) {
            return Result.YES;
        }
        boolean anyUnknown = pattern.stream().anyMatch(Unit::unknown) || value.stream().anyMatch(Unit::unknown);
        return anyUnknown && match(pattern, value, true) ? Result.MAYBE : Result.NO;
    }

    private static List<Unit> units(String text, boolean pattern, Predicate<String> unknownToken) {
        List<Unit> out = new ArrayList<>(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{' ? text.indexOf('}', i + 2) : -1;
            if (close > 0 && text.charAt(i + 2) == '!') {
                out.add(new Unit('$', null, false, false, false, false));
                out.add(new Unit('{', null, false, false, false, false));
                i += 3;
                continue;
            }
            if (close > 0) {
                String token = text.substring(i + 2, close).trim();
                out.add(new Unit('\0', token, false, false, unknownToken.test(token), token.startsWith("AWS::")));
                i = close + 1;
                continue;
            }
            out.add(new Unit(c, null, pattern && c == '*', pattern && c == '?', false, false));
            i++;
        }
        return out;
    }

    /**
     * Wildcard matching over units by dynamic programming on (pattern position, value position). In the relaxed
     * pass an unknown token of the pattern acts as {@code *}, and an unknown token of the value may stand for any run
     * of the pattern's units.
     */
    private static boolean match(List<Unit> pattern, List<Unit> value, boolean relaxed) {
        int start = 0;
        while (start < pattern.size() && start < value.size() && pattern.get(start).literal() && value.get(start).literal()) {
            if (pattern.get(start).c() != value.get(start).c()) {
                return false;
            }
            start++;
        }
        int n = pattern.size();
        int m = value.size();
        boolean[][] reach = new boolean[n + 1][m + 1];
        reach[start][start] = true;
        for (int i = start; i <= n; i++) {
            for (int j = start; j <= m; j++) {
                if (!reach[i][j]) {
                    continue;
                }
                Unit p = i < n ? pattern.get(i) : null;
                Unit v = j < m ? value.get(j) : null;
                boolean patternAny = p != null && (p.star() || relaxed && p.unknown());
                boolean valueAny = v != null && relaxed && v.unknown();
                if (patternAny) {
                    reach[i + 1][j] = true;
                    if (v != null && (p.star() || p.mayCover(v))) {
                        reach[i][j + 1] = true;
                    }
                }
                if (valueAny) {
                    reach[i][j + 1] = true;
                    if (p != null && v.mayCover(p)) {
                        reach[i + 1][j] = true;
                    }
                }
                if (p != null && v != null && step(p, v)) {
                    reach[i + 1][j + 1] = true;
                }
                if (relaxed && v != null && v.token() != null && !v.unknown()) {
                    coverNameByUnknownRun(pattern, i, j, reach);
                }
            }
        }
        return reach[n][m];
    }

    /**
     * A template resource without a name property gets a generated name, {@code <stack>-<LogicalId>-<random>}, so
     * a field of the pattern such as {@code ${AWS::StackName}-*} may cover it: a run of pattern units within one
     * ARN field (no colon) that holds an unknown token may stand for the name token.
     */
    private static void coverNameByUnknownRun(List<Unit> pattern, int from, int j, boolean[][] reach) {
        boolean unknown = false;
        for (int k = from; k < pattern.size(); k++) {
            Unit p = pattern.get(k);
            if (p.literal() && p.c() == ':') {
                return;
            }
            unknown |= p.unknown();
            if (unknown) {
                reach[k + 1][j + 1] = true;
            }
        }
    }

    private static boolean step(Unit p, Unit v) {
        if (p.token() != null || v.token() != null) {
            return p.token() != null && p.token().equals(v.token());
        }
        return p.question() || p.c() == v.c();
    }
}
