package io.stacklint.model.asl;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The comparison operators of a JSONPath Choice rule and the kind of value each takes.
 * Source: https://states-language.net/spec.html#choice-state (Choice Rules) and the Step Functions
 * Choice state page, which adds the {@code ...Path} variants and the type tests.
 */
public final class ChoiceOperators {
    /** What an operator's value must be. */
    public enum ValueKind {
        STRING("a string"), NUMBER("a number"), BOOLEAN("true or false"), TIMESTAMP("an RFC 3339 timestamp string"),
        PATTERN("a string pattern"), PATH("a path string starting with '$'");

        private final String description;

        ValueKind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private static final Map<String, ValueKind> OPERATORS = new LinkedHashMap<>();

    static {
        for (String relation : new String[] {"Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals"}) {
            OPERATORS.put("String" + relation, ValueKind.STRING);
            OPERATORS.put("Numeric" + relation, ValueKind.NUMBER);
            OPERATORS.put("Timestamp" + relation, ValueKind.TIMESTAMP);
            OPERATORS.put("String" + relation + "Path", ValueKind.PATH);
            OPERATORS.put("Numeric" + relation + "Path", ValueKind.PATH);
            OPERATORS.put("Timestamp" + relation + "Path", ValueKind.PATH);
        }
        OPERATORS.put("BooleanEquals", ValueKind.BOOLEAN);
        OPERATORS.put("BooleanEqualsPath", ValueKind.PATH);
        OPERATORS.put("StringMatches", ValueKind.PATTERN);
        for (String test : new String[] {"IsPresent", "IsNull", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"}) {
            OPERATORS.put(test, ValueKind.BOOLEAN);
        }
    }

    private ChoiceOperators() {
    }

    public static boolean isOperator(String field) {
        return OPERATORS.containsKey(field);
    }

    /** The kind of value the operator takes, or null when the field is no comparison operator. */
    public static ValueKind kindOf(String field) {
        return OPERATORS.get(field);
    }

    /** The boolean combinators, which hold rules instead of comparing a {@code Variable}. */
    public static boolean isCombinator(String field) {
        return "And".equals(field) || "Or".equals(field) || "Not".equals(field);
    }
}
