package io.stacklint.model;

import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.Locale;

/**
 * What a value means as a boolean, the one place every rule asks. A YAML boolean is one whatever its case
 * ({@code True}, {@code TRUE}). CloudFormation also takes the strings {@code "true"} and {@code "false"}, in
 * any case, for a Boolean property, as it converts between strings and booleans on its own; Step Functions
 * does not, in a definition.
 */
public final class Booleans {
    private Booleans() {
    }

    /** The boolean a YAML or JSON boolean scalar holds; null for anything else. For ASL fields. */
    public static Boolean of(Node node) {
        if (node instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.BOOLEAN) {
            return parse(scalar.value());
        }
        return null;
    }

    /**
     * The boolean CloudFormation reads for a Boolean property: a boolean, or the string true/false in any case;
     * null when it is neither (a deploy-time value, a word such as "yes").
     */
    public static Boolean ofCloudFormation(Node node) {
        if (node instanceof ScalarNode scalar && (scalar.kind() == ScalarNode.Kind.BOOLEAN || scalar.isString())) {
            return parse(scalar.value());
        }
        return null;
    }

    public static boolean isTrue(Node node) {
        return Boolean.TRUE.equals(of(node));
    }

    public static boolean isFalse(Node node) {
        return Boolean.FALSE.equals(of(node));
    }

    private static Boolean parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }
}
