package io.stacklint.model.iam;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An ARN pattern as a sequence of characters and wildcards, so that two patterns can be asked whether some ARN
 * matches both: a policy's {@code Resource} (IAM {@code *} and {@code ?}, template tokens {@code ${X}}) against
 * a resource type's ARN from the service reference ({@code ${BucketName}} placeholders). Wildcards may exclude
 * separators: an S3 bucket name never holds {@code /}, an account id never {@code :}.
 */
public final class ArnGlob {
    /** Placeholders of the reference whose values never contain {@code /} (names of things, not paths). */
    private static final Set<String> NAMES = Set.of("BucketName", "StateMachineName", "FunctionName", "QueueName",
            "TopicName", "TableName", "ActivityName", "EventBusName", "KeyId", "StreamName", "ClusterName");
    // SecretId is not a name without "/": secret names are paths (prod/db/password, events!connection/name/id).
    private static final Set<String> SEGMENTS = Set.of("Partition", "Region", "Account", "AWS::Partition", "AWS::Region",
            "AWS::AccountId");
    private static final String ANYTHING = "";
    private static final String NO_SLASH = "/";
    private static final String NO_SEPARATOR = ":/";

    /** One element: a literal character, or a wildcard ({@code many}: any run, else exactly one) excluding some characters. */
    private record Token(char literal, boolean wildcard, boolean many, String excluded) {
        static Token of(char c) {
            return new Token(c, false, false, ANYTHING);
        }

        static Token star(String excluded) {
            return new Token('\0', true, true, excluded);
        }

        boolean accepts(char c) {
            return wildcard ? excluded.indexOf(c) < 0 : literal == c;
        }
    }

    private final List<Token> tokens;

    private ArnGlob(List<Token> tokens) {
        this.tokens = tokens;
    }

    /**
     * A policy {@code Resource}: {@code *} and {@code ?} are IAM's wildcards; a {@code ${...}} token (a template
     * value, a policy variable) may be anything, except the pseudo parameters for partition, region and account,
     * which are one ARN segment; {@code ${!Literal}} is the literal text {@code ${Literal}}.
     */
    public static ArnGlob ofGrant(String resource) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < resource.length(); i++) {
            char c = resource.charAt(i);
            int close = c == '$' && i + 1 < resource.length() && resource.charAt(i + 1) == '{' ? resource.indexOf('}', i) : -1;
            if (close > 0) {
                String name = resource.substring(i + 2, close);
                if (name.startsWith("!")) {
                    ("${" + name.substring(1) + "}").chars().forEach(ch -> out.add(Token.of((char) ch)));
                } else {
                    out.add(Token.star(SEGMENTS.contains(name) ? NO_SEPARATOR : ANYTHING));
                }
                i = close;
            } else if (c == '*') {
                out.add(Token.star(ANYTHING));
            } else if (c == '?') {
                out.add(new Token('\0', true, false, ANYTHING));
            } else {
                out.add(Token.of(c));
            }
        }
        return new ArnGlob(out);
    }

    /** Exactly this text, wildcards included as plain characters (the resource {@code "*"} that IAM evaluates star-only actions against). */
    public static ArnGlob literal(String text) {
        return new ArnGlob(text.chars().mapToObj(c -> Token.of((char) c)).toList());
    }

    /** An ARN pattern of the service reference, {@code arn:${Partition}:s3:::${BucketName}/${ObjectName}}. */
    public static ArnGlob ofType(String arnPattern) {
        return new ArnGlob(typeTokens(arnPattern, false));
    }

    /**
     * The ARN of one resource of a known type, as a template token stands for it ({@code ${Bucket.Arn}}): the
     * reference's pattern with every name a single name (no {@code /}), since it is one resource, not a path.
     */
    public static ArnGlob ofResource(String arnPattern) {
        return new ArnGlob(typeTokens(arnPattern, true));
    }

    /** This pattern followed by another (a resource ARN and the {@code /*} written after it in a {@code Fn::Sub}). */
    public ArnGlob then(ArnGlob next) {
        List<Token> out = new ArrayList<>(tokens);
        out.addAll(next.tokens);
        return new ArnGlob(out);
    }

    /** True when this pattern matches every string that the IAM pattern {@code *} does, such as {@code *} itself. */
    public boolean matchesEverything() {
        return tokens.stream().allMatch(t -> t.wildcard && t.many && t.excluded.isEmpty()) && !tokens.isEmpty();
    }

    /** True when some string matches both patterns. */
    public boolean intersects(ArnGlob other) {
        int n = tokens.size();
        int m = other.tokens.size();
        boolean[][] seen = new boolean[n + 1][m + 1];
        ArrayList<int[]> work = new ArrayList<>();
        work.add(new int[] {0, 0});
        seen[0][0] = true;
        while (!work.isEmpty()) {
            int[] at = work.remove(work.size() - 1);
            int i = at[0];
            int j = at[1];
            if (i == n && j == m) {
                return true;
            }
            Token a = i < n ? tokens.get(i) : null;
            Token b = j < m ? other.tokens.get(j) : null;
            if (a != null && a.many) {
                visit(seen, work, i + 1, j);
            }
            if (b != null && b.many) {
                visit(seen, work, i, j + 1);
            }
            if (a != null && b != null && bothAccept(a, b)) {
                visit(seen, work, a.many ? i : i + 1, b.many ? j : j + 1);
            }
        }
        return false;
    }

    private static boolean bothAccept(Token a, Token b) {
        if (!a.wildcard) {
            return b.accepts(a.literal);
        }
        if (!b.wildcard) {
            return a.accepts(b.literal);
        }
        return true;
    }

    private static void visit(boolean[][] seen, List<int[]> work, int i, int j) {
        if (!seen[i][j]) {
            seen[i][j] = true;
            work.add(new int[] {i, j});
        }
    }

    private static List<Token> typeTokens(String pattern, boolean oneResource) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '$' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '{' ? pattern.indexOf('}', i) : -1;
            if (close > 0) {
                String name = pattern.substring(i + 2, close);
                if (SEGMENTS.contains(name)) {
                    // A region or account placeholder is never empty: arn:aws:s3:::b is no access point ARN.
                    out.add(new Token('\0', true, false, NO_SEPARATOR));
                    out.add(Token.star(NO_SEPARATOR));
                } else {
                    out.add(Token.star(oneResource || NAMES.contains(name) ? NO_SLASH : ANYTHING));
                }
                i = close;
            } else {
                out.add(Token.of(c));
            }
        }
        return out;
    }
}
