package io.stacklint.model.cfn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A value as the template would write it: a literal, {@code !Ref X}, {@code !GetAtt X.Attr} or {@code !Sub "..."}.
 * Made from a symbolic string ({@link TemplateValues}) so that what stacklint works out can be pasted back into
 * the template: the ARN of one of its resources becomes {@code !GetAtt Orders.Arn} (or {@code !Ref Topic} where
 * {@code Ref} returns the ARN), a string built on one becomes {@code !Sub "${Results.Arn}/*"}, and any other string
 * with tokens stays the {@code !Sub} it already is.
 */
public record Intrinsic(Kind kind, String text) {
    public enum Kind { LITERAL, REF, GET_ATT, SUB }

    /** {@code !GetAtt Orders.Arn}, {@code !Sub "..."}, or the literal itself: for messages and YAML output. */
    public String yaml() {
        return switch (kind) {
            case LITERAL -> text;
            case REF -> "!Ref " + text;
            case GET_ATT -> "!GetAtt " + text;
            case SUB -> "!Sub \"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        };
    }

    /** The JSON form: a string, or {@code {"Ref": ...}}, {@code {"Fn::GetAtt": [X, Attr]}}, {@code {"Fn::Sub": ...}}. */
    public Object json() {
        return switch (kind) {
            case LITERAL -> text;
            case REF -> Map.of("Ref", text);
            case GET_ATT -> Map.of("Fn::GetAtt", List.of(text.substring(0, text.indexOf('.')), text.substring(text.indexOf('.') + 1)));
            case SUB -> Map.of("Fn::Sub", text);
        };
    }

    /** A symbolic string with no template to resolve it against: {@code !Sub} when it holds tokens, else the literal. */
    public static Intrinsic unresolved(String symbolic) {
        return new Intrinsic(symbolic != null && symbolic.contains("${") ? Kind.SUB : Kind.LITERAL, symbolic);
    }

    /** A value that is one {@code ${X}} or {@code ${X.Attr}} token: a Ref or a GetAtt as a whole. */
    private static final java.util.regex.Pattern ONE_TOKEN = java.util.regex.Pattern.compile("\\$\\{([A-Za-z0-9:]+)(\\.[A-Za-z0-9.]+)?}");

    /** Writes symbolic strings of one template as intrinsics; knows the ARN of each of its resources once built. */
    public static final class Writer {
        /** symbolic ARN → the token that names it in {@code Fn::Sub} ({@code Orders.Arn}, or {@code Topic} where Ref is the ARN) */
        private final Map<String, String> arnTokens = new LinkedHashMap<>();
        private final Template template;

        private final Set<String> avoided;

        public Writer(Template template) {
            this(template, Set.of());
        }

        /**
         * {@code avoided}: resources that must not be named by Ref or GetAtt, such as a state machine and its role in
         * the role's own policy, where CloudFormation would find a circular dependency; their ARNs stay {@code !Sub} text.
         */
        public Writer(Template template, Set<String> avoided) {
            this.template = template;
            this.avoided = Set.copyOf(avoided);
            for (Resource resource : template.resources()) {
                if (avoided.contains(resource.logicalId())) {
                    continue;
                }
                String arn = TemplateValues.arnOf(resource.logicalId(), template);
                if (arn == null || !arn.startsWith("arn:") || arnTokens.containsKey(arn)) {
                    continue;
                }
                boolean refIsArn = arn.equals(TemplateValues.refOf(resource.logicalId(), template));
                arnTokens.put(arn, refIsArn ? resource.logicalId() : resource.logicalId() + ".Arn");
            }
        }

        /** True when the value names one of the avoided resources: pasted into the role's policy, it would be a circular dependency. */
        public boolean namesAvoided(String symbolic) {
            return symbolic != null && avoided.stream().anyMatch(id -> symbolic.contains("${" + id + "}") || symbolic.contains("${" + id + "."));
        }

        public Intrinsic write(String symbolic) {
            if (symbolic == null || symbolic.indexOf("${") < 0) {
                return new Intrinsic(Kind.LITERAL, symbolic);
            }
            java.util.regex.Matcher token = ONE_TOKEN.matcher(symbolic);
            if (token.matches() && !token.group(1).startsWith("AWS::") && !avoided.contains(token.group(1))
                    && (template.resource(token.group(1)).isPresent() || template.hasParameter(token.group(1)))) {
                return token.group(2) == null ? new Intrinsic(Kind.REF, token.group(1)) : new Intrinsic(Kind.GET_ATT, token.group(1) + token.group(2));
            }
            String whole = arnTokens.get(symbolic);
            if (whole != null) {
                return whole.endsWith(".Arn") ? new Intrinsic(Kind.GET_ATT, whole) : new Intrinsic(Kind.REF, whole);
            }
            String longest = null;
            for (String arn : arnTokens.keySet()) {
                if (symbolic.startsWith(arn) && !Character.isLetterOrDigit(symbolic.charAt(arn.length()))
                        && (longest == null || arn.length() > longest.length())) {
                    longest = arn;
                }
            }
            String text = longest == null ? symbolic : "${" + arnTokens.get(longest) + "}" + symbolic.substring(longest.length());
            return new Intrinsic(Kind.SUB, text);
        }
    }
}
