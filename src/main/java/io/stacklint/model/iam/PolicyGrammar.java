package io.stacklint.model.iam;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The parts of IAM's policy grammar that a template can get wrong: versions, effects, Sids, condition operators. */
public final class PolicyGrammar {
    public static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");
    public static final Set<String> EFFECTS = Set.of("Allow", "Deny");
    /** IAM's Sid: ASCII letters and digits only (services with their own policies, such as SQS, accept more). */
    private static final Pattern IAM_SID = Pattern.compile("[A-Za-z0-9]*");
    private static final Set<String> OPERATORS = lower(Set.of(
            "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike",
            "StringNotLike", "NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals",
            "NumericGreaterThan", "NumericGreaterThanEquals", "DateEquals", "DateNotEquals", "DateLessThan",
            "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals", "Bool", "BinaryEquals", "IpAddress",
            "NotIpAddress", "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike", "Null"));

    private PolicyGrammar() {
    }

    public static boolean isIamSid(String sid) {
        return IAM_SID.matcher(sid).matches();
    }

    /**
     * True for a condition operator IAM knows: one of the base operators, optionally with the {@code IfExists}
     * suffix (not on {@code Null}) and a {@code ForAllValues:} or {@code ForAnyValue:} set qualifier.
     */
    public static boolean isConditionOperator(String operator) {
        String lower = operator.toLowerCase(Locale.ROOT);
        for (String qualifier : new String[] {"forallvalues:", "foranyvalue:"}) {
            if (lower.startsWith(qualifier)) {
                lower = lower.substring(qualifier.length());
                break;
            }
        }
        if (lower.endsWith("ifexists") && !lower.equals("nullifexists")) {
            lower = lower.substring(0, lower.length() - "ifexists".length());
        }
        return OPERATORS.contains(lower);
    }

    private static Set<String> lower(Set<String> names) {
        return Set.copyOf(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
    }
}
