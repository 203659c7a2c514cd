package io.stacklint.model.asl;

import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.regex.Pattern;

/**
 * Values of a definition that are only known at deploy time: an intrinsic function in a {@code Definition}
 * object, or a {@code ${Name}} placeholder filled by {@code Fn::Sub} or {@code DefinitionSubstitutions}.
 * Checks of a value's type or range stay quiet on them.
 */
public final class AslValues {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]+}");

    private AslValues() {
    }

    /** True when the value is decided at deploy time, so its written form says nothing about its type. */
    public static boolean isSymbolic(Node node) {
        if (node instanceof MapNode map) {
            return map.intrinsicName() != null;
        }
        return node instanceof ScalarNode scalar && scalar.isString() && isPlaceholder(scalar.value());
    }

    /** True for a string that is one whole {@code ${Name}} placeholder. */
    public static boolean isPlaceholder(String text) {
        return text != null && PLACEHOLDER.matcher(text).matches();
    }

    /** True for a string holding a {@code ${Name}} placeholder anywhere (an ARN built from parts, say). */
    public static boolean hasPlaceholder(String text) {
        return text != null && PLACEHOLDER.matcher(text).find();
    }

    /**
     * True for a string that is one whole JSONata expression, {@code {% ... %}}. Exactly: AWS reads
     * {@code " {% x %} "}, with spaces around, as a literal string (LocalStack's recorded base_literals).
     */
    public static boolean isJsonata(String text) {
        return text != null && text.length() >= 4 && text.startsWith("{%") && text.endsWith("%}");
    }

    /** True for a string that starts a JSONata expression, closed or not (ASL124 reports one left open). */
    public static boolean opensJsonata(String text) {
        return text != null && text.startsWith("{%");
    }
}
