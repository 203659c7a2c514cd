package io.stacklint.model.iam;

import io.stacklint.model.cfn.Template;
import io.stacklint.model.cfn.TemplateValues;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a statement's {@code Resource} pattern covers a resource, both written as symbolic strings
 * ({@link TemplateValues}). IAM compares ARNs case-sensitively; in the pattern {@code *} is any run of characters and
 * {@code ?} one character (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html).
 * A {@code ${...}} token is one atomic value: it matches the same token, or a {@code *} of the pattern. A token whose
 * value is unknown (a parameter, a pseudo parameter) may stand for anything, so where it decides, the answer is
 * {@link Result#MAYBE} instead of NO, unless the same token is written on both sides (then it is one value); a pseudo parameter never holds a colon, so it stands for part of one ARN field
 * only. The name CloudFormation generates for a resource without a name property holds its logical id and a
 * random suffix ({@code <stack>-<LogicalId>-<random>}, {@code <LogicalId>-<random>}): two of them never match,
 * and one never matches a literal name that does not hold the logical id; but a field of the other side with a
 * wildcard or an unknown token ({@code WorkerMachine-*}, {@code ${AWS::StackName}-*}), or a literal holding the
 * logical id, may be it: MAYBE. {@code ${!x}} is the literal text {@code ${x}}.
 *
 * <p>Cost: proportional to the product of the two lengths at worst, after a literal-prefix test that settles most
 * pairs of different ARNs at once.
 */
public final class ArnMatch {
    public enum Result { YES, NO, MAYBE }

    /** What the {@code ${...}} tokens of the two strings stand for. */
    public interface Tokens {
        /** The token may stand for any value (a parameter, a pseudo parameter, an attribute not known here). */
        boolean unknown(String token);

        /** The logical id whose generated physical name the token is, or null. */
        String generatedName(String token);
    }

    private static final Tokens ALL_UNKNOWN = new Tokens() {
        @Override
        public boolean unknown(String token) {
            return true;
        }

        @Override
        public String generatedName(String token) {
            return null;
        }
    };

    /**
     * One character, a wildcard of the pattern, or a token. A pseudo parameter is unknown but never holds a colon
     * (a partition, region, account id, stack name), so it cannot stand for several fields of an ARN.
     */
    private record Unit(char c, String token, boolean star, boolean question, boolean unknown, boolean colonFree, String generated) {
        boolean literal() {
            return token == null && !star && !question;
        }

        /** Whether this unknown token may stand for the other unit. */
        boolean mayCover(Unit other) {
            return !colonFree || other.token() != null || other.c() != ':';
        }

        boolean fieldEnd() {
            return literal() && (c == ':' || c == '/');
        }
    }

    private ArnMatch() {
    }

    /** Without the template every token counts as unknown: use {@link #matches(String, String, Template)} where it is known. */
    public static Result matches(String grantPattern, String needed) {
        return matches(grantPattern, needed, ALL_UNKNOWN);
    }

    /** Tokens of the template's own resources are distinct values; parameters and pseudo parameters are unknown. */
    public static Result matches(String grantPattern, String needed, Template template) {
        return matches(grantPattern, needed, new Tokens() {
            @Override
            public boolean unknown(String token) {
                return TemplateValues.isUnknownToken(token, template);
            }

            @Override
            public String generatedName(String token) {
                return TemplateValues.generatedNameOf(token, template);
            }
        });
    }

    public static Result matches(String grantPattern, String needed, Tokens tokens) {
        if (grantPattern == null || needed == null) {
            return Result.MAYBE;
        }
        if (grantPattern.equals("*") || grantPattern.equals(needed)) {
            return Result.YES;
        }
        Tokens sides = sameOnBothSides(grantPattern, needed, tokens);
        List<Unit> pattern = units(grantPattern, true, sides);
        List<Unit> value = units(needed, false, sides);
        if (match(pattern, value, false)) {
            return Result.YES;
        }
        boolean relaxable = pattern.stream().anyMatch(u -> u.unknown() || u.generated() != null)
                || value.stream().anyMatch(u -> u.unknown() || u.generated() != null);
        return relaxable && match(pattern, value, true) ? Result.MAYBE : Result.NO;
    }

    /**
     * An unknown token written on both sides is one value, whatever it is: there it counts as known, so that it
     * matches only itself ({@code ${AWS::StackName}-archive/*} is not inside {@code ${AWS::StackName}-data}).
     * The approximation: the token is taken to differ from any literal text, which only a contrived stack name
     * (one spelling out the other side's literal) would contradict.
     */
    private static Tokens sameOnBothSides(String grantPattern, String needed, Tokens tokens) {
        java.util.Set<String> shared = new java.util.HashSet<>(tokenNames(grantPattern));
        shared.retainAll(tokenNames(needed));
        if (shared.isEmpty()) {
            return tokens;
        }
        return new Tokens() {
            @Override
            public boolean unknown(String token) {
                return !shared.contains(token) && tokens.unknown(token);
            }

            @Override
            public String generatedName(String token) {
                return shared.contains(token) && tokens.unknown(token) ? null : tokens.generatedName(token);
            }
        };
    }

    private static List<String> tokenNames(String text) {
        List<String> names = new ArrayList<>();
        for (int i = text.indexOf("${"); i >= 0; i = text.indexOf("${", i + 2)) {
            int close = text.indexOf('}', i + 2);
            if (close < 0) {
                break;
            }
            if (close > i + 2 && text.charAt(i + 2) != '!') {
                names.add(text.substring(i + 2, close).trim());
            }
        }
        return names;
    }

    private static List<Unit> units(String text, boolean pattern, Tokens tokens) {
        List<Unit> out = new ArrayList<>(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{' ? text.indexOf('}', i + 2) : -1;
            if (close > 0 && text.charAt(i + 2) == '!') {
                out.add(new Unit('$', null, false, false, false, false, null));
                out.add(new Unit('{', null, false, false, false, false, null));
                i += 3;
                continue;
            }
            if (close > 0) {
                String token = text.substring(i + 2, close).trim();
                boolean unknown = tokens.unknown(token);
                out.add(new Unit('\0', token, false, false, unknown, token.startsWith("AWS::"), unknown ? null : tokens.generatedName(token)));
                i = close + 1;
                continue;
            }
            out.add(new Unit(c, null, pattern && c == '*', pattern && c == '?', false, false, null));
            i++;
        }
        return out;
    }

    /**
     * Wildcard matching over units by dynamic programming on (pattern position, value position). In the relaxed
     * pass an unknown token of the pattern acts as {@code *}, an unknown token of the value may stand for any run
     * of the pattern's units, and a generated name may stand for a run of the other side that could be it.
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
                if (relaxed && v != null && v.generated() != null) {
                    for (int k : runsThatMayBe(pattern, i, v.generated())) {
                        reach[k][j + 1] = true;
                    }
                }
                if (relaxed && p != null && p.generated() != null) {
                    for (int k : runsThatMayBe(value, j, p.generated())) {
                        reach[i + 1][k] = true;
                    }
                }
            }
        }
        return reach[n][m];
    }

    /**
     * The ends of the runs from {@code from}, within one ARN field, that may be the generated name of
     * {@code logicalId}: a run holding a {@code *} or an unknown token, or whose text holds the logical id (its first
     * ten characters, ignoring case: CloudFormation truncates long names, and lowercases bucket names).
     */
    private static List<Integer> runsThatMayBe(List<Unit> units, int from, String logicalId) {
        List<Integer> ends = new ArrayList<>();
        String id = (logicalId.length() > 10 ? logicalId.substring(0, 10) : logicalId).toLowerCase(java.util.Locale.ROOT);
        StringBuilder text = new StringBuilder();
        boolean open = false;
        for (int k = from; k < units.size() && !units.get(k).fieldEnd(); k++) {
            Unit u = units.get(k);
            open |= u.star() || u.unknown();
            if (u.literal()) {
                text.append(Character.toLowerCase(u.c()));
            }
            if (open || text.indexOf(id) >= 0) {
                ends.add(k + 1);
            }
        }
        return ends;
    }

    private static boolean step(Unit p, Unit v) {
        if (p.token() != null || v.token() != null) {
            return p.token() != null && p.token().equals(v.token());
        }
        return p.question() || p.c() == v.c();
    }
}
