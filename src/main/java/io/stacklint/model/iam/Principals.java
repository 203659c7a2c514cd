package io.stacklint.model.iam;

import io.stacklint.model.NodeValues;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The principals a trust or resource policy statement names, read from {@code Principal} as IAM reads it. */
public final class Principals {
    /** One principal: its kind ({@code AWS}, {@code Service}, {@code Federated}, {@code CanonicalUser}, or {@code *} for a bare {@code "*"}) and value. */
    public record Principal(String kind, Node value) {
        /** {@code "*"}, or {@code {AWS: "*"}}: anyone, in any account, authenticated or not. */
        public boolean isEveryone() {
            return value instanceof ScalarNode s && "*".equals(s.value()) && (kind.equals("*") || kind.equals("AWS"));
        }

        public boolean isService() {
            return kind.equals("Service");
        }

        /**
         * A whole AWS account: {@code 123456789012}, {@code arn:aws:iam::123456789012:root}, or the same with
         * {@code ${AWS::AccountId}} in a {@code Fn::Sub}: every role and user that account allows.
         */
        public boolean isWholeAccount() {
            if (!kind.equals("AWS")) {
                return false;
            }
            String text = text(value);
            return text != null && (ACCOUNT.matcher(text).matches() || ROOT.matcher(text).matches());
        }
    }

    /** A value as Fn::Sub text: a literal, a Sub template, a Join of literals and Refs ({@code ${AWS::AccountId}}); else null. */
    static String text(Node value) {
        if (value instanceof ScalarNode s) {
            return s.value();
        }
        if (!(value instanceof MapNode call) || call.intrinsicName() == null) {
            return null;
        }
        if (call.subTemplate() != null) {
            return call.subTemplate().value();
        }
        if ("Ref".equals(call.intrinsicName()) && call.intrinsicArgument() instanceof ScalarNode name) {
            return "${" + name.value() + "}";
        }
        if ("Fn::Join".equals(call.intrinsicName()) && call.intrinsicArgument() instanceof io.stacklint.tree.SeqNode args && args.size() == 2
                && args.get(0) instanceof ScalarNode delimiter && args.get(1) instanceof io.stacklint.tree.SeqNode parts) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                String part = text(parts.get(i));
                if (part == null) {
                    return null;
                }
                out.append(i == 0 ? "" : delimiter.value()).append(part);
            }
            return out.toString();
        }
        return null;
    }

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}|\\$\\{AWS::AccountId}");
    private static final Pattern ROOT = Pattern.compile("arn:(\\$\\{[^}]+}|[^:]+):iam::(\\d{12}|\\$\\{[^}]+}):root");
    /** Condition keys that tie a grant to one account, organization, caller or source, so that "*" is no longer anyone. */
    private static final Set<String> NARROWING = Set.of("aws:sourcearn", "aws:sourceaccount", "aws:sourceowner",
            "aws:sourceorgid", "aws:sourceorgpaths", "aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount",
            "aws:principalarn", "aws:principalservicename", "aws:userid", "aws:sourcevpc", "aws:sourcevpce", "aws:sourceip",
            "aws:vpcsourceip", "aws:resourceorgid", "kms:calleraccount", "kms:viaservice", "sts:externalid",
            "aws:principalisawsservice", "lambda:functionarn", "aws:calledvia");

    private Principals() {
    }

    /** The principals of a statement's {@code Principal} (or {@code NotPrincipal}) value; intrinsics are values too. */
    public static List<Principal> of(Node principal) {
        List<Principal> out = new ArrayList<>();
        if (principal instanceof ScalarNode scalar) {
            out.add(new Principal("*", scalar));
        } else if (principal instanceof MapNode map && map.intrinsicName() == null) {
            for (Entry entry : map.entries()) {
                for (Node value : NodeValues.alternatives(entry.value())) {
                    out.add(new Principal(entry.name(), value));
                }
            }
        }
        return out;
    }

    /** The condition keys a statement tests, lowercased (any operator). */
    public static List<String> conditionKeys(Node condition) {
        List<String> out = new ArrayList<>();
        if (condition instanceof MapNode operators && operators.intrinsicName() == null) {
            for (Entry operator : operators.entries()) {
                if (operator.value() instanceof MapNode keys && keys.intrinsicName() == null) {
                    keys.keys().forEach(k -> out.add(k.toLowerCase(Locale.ROOT)));
                }
            }
        }
        return out;
    }

    /** True when the condition ties the statement to an account, organization, source or caller. */
    public static boolean narrows(Node condition) {
        return conditionKeys(condition).stream().anyMatch(NARROWING::contains);
    }
}
