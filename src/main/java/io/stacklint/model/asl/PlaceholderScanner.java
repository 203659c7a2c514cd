package io.stacklint.model.asl;

import io.stacklint.parse.EmbeddedText;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.NodePath;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@code ${Name}} placeholders of a definition, each at the exact place its {@code ${} is written
 * (inside a quoted, escaped or block scalar too). In the text of an {@code Fn::Sub}, {@code ${Name}} is Sub's
 * own variable and {@code ${!Name}} is Sub's escape, which leaves {@code ${Name}} for DefinitionSubstitutions.
 */
final class PlaceholderScanner {
    private PlaceholderScanner() {
    }

    /** Placeholders in characters {@code from} to {@code to} of an embedded text. */
    static List<Placeholder> inText(EmbeddedText text, int from, int to, boolean subText, NodePath path) {
        List<Placeholder> out = new ArrayList<>();
        String value = text.text();
        int i = from;
        while ((i = value.indexOf("${", i)) >= 0 && i < to) {
            int close = value.indexOf('}', i + 2);
            if (close < 0 || close >= to) {
                break;
            }
            String inner = value.substring(i + 2, close);
            boolean escaped = inner.startsWith("!");
            String name = (escaped ? inner.substring(1) : inner).trim();
            if (!name.isEmpty() && (subText || !escaped)) {
                Placeholder.Kind kind = subText && !escaped ? Placeholder.Kind.SUB_VARIABLE : Placeholder.Kind.SUBSTITUTION;
                out.add(new Placeholder(name, kind, text.hostSpan(i, close + 1), path));
            }
            i = close + 1;
        }
        return out;
    }

    /** Placeholders in the keys and string values of a definition tree (a {@code Definition} object or a definition file). */
    static List<Placeholder> inTree(Node node) {
        List<Placeholder> out = new ArrayList<>();
        walk(node, out);
        return out;
    }

    private static void walk(Node node, List<Placeholder> out) {
        if (node instanceof ScalarNode scalar) {
            scan(scalar, false, out);
        } else if (node instanceof SeqNode seq) {
            seq.items().forEach(item -> walk(item, out));
        } else if (node instanceof MapNode map) {
            ScalarNode subText = map.subTemplate();
            if (subText != null) {
                scan(subText, true, out);
                if (map.intrinsicArgument() instanceof SeqNode args) {
                    args.items().stream().skip(1).forEach(item -> walk(item, out));
                }
                return;
            }
            for (Entry entry : map.entries()) {
                // A key can be a placeholder too: {"${TableName}.$": "$"} names a DynamoDB item attribute.
                scan(entry.key(), false, out);
                walk(entry.value(), out);
            }
        }
    }

    private static void scan(ScalarNode scalar, boolean subText, List<Placeholder> out) {
        if (scalar.isString() && scalar.value() != null && scalar.value().contains("${")) {
            EmbeddedText text = EmbeddedText.in(scalar.span().file()).literal(scalar).build();
            out.addAll(inText(text, 0, text.text().length(), subText, scalar.path()));
        }
    }
}
