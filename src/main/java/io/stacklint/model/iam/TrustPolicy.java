package io.stacklint.model.iam;

import io.stacklint.model.NodeValues;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a role's trust policy ({@code AssumeRolePolicyDocument}) lets Step Functions assume it, read as IAM
 * reads it: an {@code Allow} of {@code sts:AssumeRole} (or a wildcard over it, or a {@code NotAction} without it)
 * to the service principal {@code states.amazonaws.com}, the regional {@code states.<region>.amazonaws.com}, or
 * {@code *}; a {@code Deny} without a condition takes it away. A value not written in the template (a parameter,
 * an import) makes the answer unknown, never "no". A trust policy written as JSON text is read from the text.
 */
public final class TrustPolicy {
    /** What the trust policy says about Step Functions. */
    public enum Verdict { ASSUMABLE, NOT_ASSUMABLE, UNKNOWN }

    /** An {@code Allow} statement that lets Step Functions in, the principal value that names it, and whether it has a source condition. */
    public record Trust(MapNode statement, Node principal, boolean sourceConditioned) {
    }

    /** {@code states.amazonaws.com}, {@code states.eu-west-1.amazonaws.com}, {@code states.${AWS::Region}.amazonaws.com}, and the China suffix. */
    private static final Pattern STATES = Pattern.compile("states(\\.([a-z0-9-]+|\\$\\{AWS::Region}))?\\.(amazonaws\\.com(\\.cn)?|\\$\\{AWS::URLSuffix})");

    private static final String ASSUME_ROLE = "sts:AssumeRole";

    private enum Match { YES, NO, UNKNOWN }

    private TrustPolicy() {
    }

    public static Verdict stepFunctions(Node written) {
        Node document = PolicyText.readable(written);
        if (!(document instanceof MapNode map) || map.intrinsicName() != null || !map.has("Statement")) {
            return Verdict.UNKNOWN;
        }
        List<MapNode> statements = NodeValues.maps(map.get("Statement"));
        // A statement written as an intrinsic (an import, a parameter) may say anything.
        boolean unknown = statements.size() != NodeValues.alternatives(map.get("Statement")).size();
        boolean allowed = false;
        for (MapNode statement : statements) {
            String effect = statement.text("Effect");
            Match applies = applies(statement);
            if (!"Allow".equals(effect) && !"Deny".equals(effect)) {
                unknown = true;
            } else if ("Deny".equals(effect)) {
                if (applies == Match.YES && !hasCondition(statement)) {
                    return Verdict.NOT_ASSUMABLE;
                }
                unknown |= applies != Match.NO;
            } else if (applies == Match.YES) {
                allowed = true;
            } else if (applies == Match.UNKNOWN) {
                unknown = true;
            }
        }
        if (allowed && !unknown) {
            return Verdict.ASSUMABLE;
        }
        return allowed || unknown ? Verdict.UNKNOWN : Verdict.NOT_ASSUMABLE;
    }

    /** The {@code Allow} statements that let Step Functions assume the role, each with the principal value that names it. */
    public static List<Trust> stepFunctionsTrusts(Node written) {
        Node document = PolicyText.readable(written);
        List<Trust> out = new ArrayList<>();
        if (!(document instanceof MapNode map) || map.intrinsicName() != null) {
            return out;
        }
        for (MapNode statement : NodeValues.maps(map.get("Statement"))) {
            if (!"Allow".equals(statement.text("Effect")) || action(statement) != Match.YES) {
                continue;
            }
            Node principal = principalNaming(statement);
            if (principal != null) {
                out.add(new Trust(statement, principal, hasSourceCondition(statement)));
            }
        }
        return out;
    }

    private static Match applies(MapNode statement) {
        Match action = action(statement);
        if (action == Match.NO) {
            return Match.NO;
        }
        Match principal = principal(statement);
        if (principal == Match.NO) {
            return Match.NO;
        }
        return action == Match.YES && principal == Match.YES ? Match.YES : Match.UNKNOWN;
    }

    private static Match action(MapNode statement) {
        boolean not = !statement.has("Action") && statement.has("NotAction");
        Node node = statement.get(not ? "NotAction" : "Action");
        Match listed = anyMatch(node, value -> IamActions.matches(value, ASSUME_ROLE));
        if (!not || listed == Match.UNKNOWN) {
            return listed;
        }
        return listed == Match.YES ? Match.NO : Match.YES;
    }

    private static Match principal(MapNode statement) {
        if (statement.has("NotPrincipal")) {
            return Match.UNKNOWN;
        }
        Node principal = statement.get("Principal");
        if (isStar(principal)) {
            return Match.YES;
        }
        if (!(principal instanceof MapNode map) || map.intrinsicName() != null) {
            return Match.UNKNOWN;
        }
        Match service = anyMatch(map.get("Service"), TrustPolicy::isStepFunctions);
        if (service != Match.NO) {
            return service;
        }
        return anyMatch(map.get("AWS"), "*"::equals) == Match.YES ? Match.YES : service;
    }

    /** The principal value (a service name, or {@code *}) through which the statement lets Step Functions in; null if none does. */
    private static Node principalNaming(MapNode statement) {
        Node principal = statement.get("Principal");
        if (isStar(principal)) {
            return principal;
        }
        if (principal instanceof MapNode map && map.intrinsicName() == null) {
            for (Node value : NodeValues.alternatives(map.get("Service"))) {
                String text = textOf(value);
                if (text != null && isStepFunctions(text)) {
                    return value;
                }
            }
        }
        return null;
    }

    /** The principal as written: {@code states.amazonaws.com}, {@code states.${AWS::Region}.amazonaws.com}, {@code *}. */
    public static String principalText(Node principal) {
        String text = textOf(principal);
        return text == null ? principal.describe() : text;
    }

    public static boolean isStepFunctions(String service) {
        return STATES.matcher(service.toLowerCase(Locale.ROOT).replace("${aws::region}", "${AWS::Region}")
                .replace("${aws::urlsuffix}", "${AWS::URLSuffix}")).matches();
    }

    private static boolean isStar(Node principal) {
        return principal instanceof ScalarNode scalar && "*".equals(scalar.value());
    }

    /** YES when some value matches; NO when every value is known and none does; UNKNOWN otherwise. */
    private static Match anyMatch(Node node, java.util.function.Predicate<String> test) {
        List<Node> values = NodeValues.alternatives(node);
        if (values.isEmpty()) {
            return node == null ? Match.NO : Match.UNKNOWN;
        }
        boolean unknown = false;
        for (Node value : values) {
            String text = textOf(value);
            if (text == null) {
                unknown = true;
            } else if (test.test(text)) {
                return Match.YES;
            }
        }
        return unknown ? Match.UNKNOWN : Match.NO;
    }

    /** A literal string, or the template of an {@code Fn::Sub} (pseudo parameters stay as written); null otherwise. */
    private static String textOf(Node value) {
        if (value instanceof ScalarNode scalar) {
            return scalar.value();
        }
        if (value instanceof MapNode call && call.subTemplate() != null && !(call.intrinsicArgument() instanceof io.stacklint.tree.SeqNode)) {
            return call.subTemplate().value();
        }
        return null;
    }

    private static boolean hasCondition(MapNode statement) {
        return statement.get("Condition") instanceof MapNode condition && condition.size() > 0
                || statement.get("Condition") != null && !(statement.get("Condition") instanceof MapNode);
    }

    /** A condition on {@code aws:SourceAccount} or {@code aws:SourceArn}, under any operator. */
    private static boolean hasSourceCondition(MapNode statement) {
        if (!(statement.get("Condition") instanceof MapNode operators)) {
            return false;
        }
        if (operators.intrinsicName() != null) {
            return true;
        }
        return operators.entries().stream().anyMatch(op -> !(op.value() instanceof MapNode keys) || keys.intrinsicName() != null
                || keys.keys().stream().anyMatch(k -> k.equalsIgnoreCase("aws:SourceAccount") || k.equalsIgnoreCase("aws:SourceArn")));
    }
}
