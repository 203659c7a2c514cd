package io.stacklint.tree;

import java.util.Map;
import java.util.Set;

/** CloudFormation's intrinsic functions and the YAML short-form tags that stand for them. */
public final class Intrinsics {
    private static final Map<String, String> SHORT_FORMS = Map.ofEntries(
            Map.entry("!Ref", "Ref"),
            Map.entry("!Condition", "Condition"),
            Map.entry("!GetAtt", "Fn::GetAtt"),
            Map.entry("!Sub", "Fn::Sub"),
            Map.entry("!Join", "Fn::Join"),
            Map.entry("!Select", "Fn::Select"),
            Map.entry("!Split", "Fn::Split"),
            Map.entry("!If", "Fn::If"),
            Map.entry("!Equals", "Fn::Equals"),
            Map.entry("!And", "Fn::And"),
            Map.entry("!Or", "Fn::Or"),
            Map.entry("!Not", "Fn::Not"),
            Map.entry("!FindInMap", "Fn::FindInMap"),
            Map.entry("!GetAZs", "Fn::GetAZs"),
            Map.entry("!ImportValue", "Fn::ImportValue"),
            Map.entry("!Base64", "Fn::Base64"),
            Map.entry("!Cidr", "Fn::Cidr"),
            Map.entry("!Transform", "Fn::Transform"),
            Map.entry("!ToJsonString", "Fn::ToJsonString"),
            Map.entry("!Length", "Fn::Length"),
            // The functions of a template's Rules section.
            Map.entry("!Contains", "Fn::Contains"),
            Map.entry("!EachMemberEquals", "Fn::EachMemberEquals"),
            Map.entry("!EachMemberIn", "Fn::EachMemberIn"),
            Map.entry("!RefAll", "Fn::RefAll"),
            Map.entry("!ValueOf", "Fn::ValueOf"),
            Map.entry("!ValueOfAll", "Fn::ValueOfAll"));

    private static final Set<String> LONG_FORMS = Set.copyOf(SHORT_FORMS.values());

    private Intrinsics() {
    }

    /** The long form ({@code Fn::Sub}) of a short-form tag ({@code !Sub}), or null for an unknown tag. */
    public static String longForm(String tag) {
        return SHORT_FORMS.get(tag);
    }

    /**
     * True for a key that calls an intrinsic function. {@code Condition} counts only inside a condition
     * expression, so callers that see a resource's {@code Condition} attribute must not ask this.
     */
    static boolean isIntrinsic(String key) {
        return key != null && (key.equals("Ref") || (key.startsWith("Fn::") && LONG_FORMS.contains(key)));
    }

    public static Set<String> shortFormTags() {
        return SHORT_FORMS.keySet();
    }
}
