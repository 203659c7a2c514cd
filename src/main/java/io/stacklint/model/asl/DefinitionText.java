package io.stacklint.model.asl;

import io.stacklint.parse.EmbeddedText;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.NodePath;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON text of one {@code DefinitionString} value, every character mapped to where the template writes
 * it: a plain string, {@code Fn::Sub} (string or list form) or {@code Fn::Join} (nested, with pieces that
 * are strings, {@code Fn::Sub} texts, or other intrinsics standing for a deploy-time value). A value that
 * is wholly computed ({@code !Ref Param}) has no text: {@link #unreadable} says what it is.
 * Policy documents written as JSON text are read the same way (the IAM model's {@code PolicyText}).
 */
public final class DefinitionText {
    /** The text, its placeholders, or (text null) why there is none. */
    public record Result(EmbeddedText text, List<Placeholder> placeholders, String unreadable) {
    }

    private record Segment(int start, int end, boolean subText, NodePath path) {
    }

    private final EmbeddedText.Builder builder;
    private final List<Segment> segments = new ArrayList<>();
    private int length;
    private String unreadable;

    private DefinitionText(Node value) {
        this.builder = EmbeddedText.in(value.span().file());
    }

    public static Result of(Node value) {
        DefinitionText text = new DefinitionText(value);
        text.append(value, true);
        if (text.unreadable != null) {
            return new Result(null, List.of(), text.unreadable);
        }
        EmbeddedText built = text.builder.build();
        List<Placeholder> placeholders = new ArrayList<>();
        for (Segment segment : text.segments) {
            placeholders.addAll(PlaceholderScanner.inText(built, segment.start(), segment.end(), segment.subText(), segment.path()));
        }
        return new Result(built, placeholders, null);
    }

    private void append(Node node, boolean whole) {
        if (unreadable != null) {
            return;
        }
        if (node instanceof ScalarNode scalar && scalar.value() != null) {
            literal(scalar, false);
            return;
        }
        MapNode map = node instanceof MapNode m ? m : null;
        String function = map == null ? null : map.intrinsicName();
        if ("Fn::Sub".equals(function) && map.subTemplate() != null) {
            literal(map.subTemplate(), true);
        } else if ("Fn::Join".equals(function) && join(map.intrinsicArgument())) {
            return;
        } else if (!whole && function != null) {
            deployTimeValue(map, function);
        } else if (unreadable == null) {
            unreadable = function == null ? node.describe() : "a call to " + function + ", known only at deploy time";
        }
    }

    /** {@code [delimiter, [pieces]]}; false when the list of pieces is itself computed. */
    private boolean join(Node argument) {
        SeqNode args = argument == null ? null : argument.asSeq();
        if (args == null || args.size() != 2 || !(args.get(0) instanceof ScalarNode delimiter)
                || delimiter.value() == null || !(args.get(1) instanceof SeqNode pieces)) {
            return false;
        }
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0 && !delimiter.value().isEmpty()) {
                literal(delimiter, false);
            }
            append(pieces.get(i), false);
        }
        return true;
    }

    private void literal(ScalarNode scalar, boolean subText) {
        builder.literal(scalar);
        segments.add(new Segment(length, length + scalar.value().length(), subText, scalar.path()));
        length += scalar.value().length();
    }

    /** A {@code !Ref}/{@code !GetAtt} piece stands for a value known at deploy time, written as Sub writes it. */
    private void deployTimeValue(MapNode map, String function) {
        Node argument = map.intrinsicArgument();
        String name = switch (function) {
            case "Ref" -> argument.text();
            case "Fn::GetAtt" -> argument instanceof SeqNode parts
                    ? String.join(".", parts.items().stream().map(p -> String.valueOf(p.text())).toList()) : argument.text();
            default -> null;
        };
        String value = "${" + (name == null ? function : name) + "}";
        builder.synthetic(value, map.span());
        length += value.length();
    }
}
