package io.stacklint.model.cfn;

import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.SeqNode;

/** Which resource a property value points at, when it is a plain {@code Ref}, {@code Fn::GetAtt} or {@code Fn::Sub} of one. */
public final class ResourceRefs {
    private ResourceRefs() {
    }

    /** The logical id a value refers to ({@code !Ref X}, {@code !GetAtt X.Arn}, {@code !Sub "${X}"}), or null. */
    public static String target(Node value) {
        if (!(value instanceof MapNode map) || map.intrinsicName() == null) {
            return null;
        }
        Node argument = map.intrinsicArgument();
        switch (map.intrinsicName()) {
            case "Ref":
                return argument.text();
            case "Fn::GetAtt":
                if (argument instanceof SeqNode args && args.size() == 2) {
                    return args.get(0).text();
                }
                String dotted = argument.text();
                return dotted == null || !dotted.contains(".") ? null : dotted.substring(0, dotted.indexOf('.'));
            case "Fn::Sub":
                String text = map.subTemplate() == null ? null : map.subTemplate().value();
                if (text != null && text.startsWith("${") && text.endsWith("}") && text.indexOf("${", 1) < 0) {
                    String name = text.substring(2, text.length() - 1);
                    return name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                }
                return null;
            default:
                return null;
        }
    }
}
