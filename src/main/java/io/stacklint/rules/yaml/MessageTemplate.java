package io.stacklint.rules.yaml;

import io.stacklint.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A finding's message with placeholders: {@code {state}} (state name), {@code {logicalId}} (template resource),
 * {@code {type}} (state or resource type), {@code {machine}} (the state machine's logical id or file),
 * {@code {value}} (the value that decided the finding), {@code {path}} (its path in the document), {@code {key}}
 * (its last key), and the attributes ({@code {@resource}}...). {@code {{} and {@code }}} write braces.
 */
final class MessageTemplate {
    static final Set<String> NAMES = Set.of("state", "logicalId", "type", "machine", "value", "path", "key");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{|}}|\\{([^{}]*)}");

    private final List<Object> parts;

    private MessageTemplate(List<Object> parts) {
        this.parts = parts;
    }

    /** Parses a template; the exception's message names an unknown placeholder. */
    static MessageTemplate parse(String text) {
        List<Object> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            parts.add(literal(text.substring(last, m.start())));
            if (m.group().equals("{{")) {
                parts.add("{");
            } else if (m.group().equals("}}")) {
                parts.add("}");
            } else {
                String name = m.group(1).trim();
                if (name.startsWith("@")) {
                    parts.add(PathExpr.parse(name, false));
                } else if (NAMES.contains(name)) {
                    parts.add(new Name(name));
                } else {
                    throw new IllegalArgumentException("unknown placeholder {" + name + "} (known: " + String.join(", ", NAMES.stream().sorted().toList())
                            + ", and attributes such as {@resource})");
                }
            }
            last = m.end();
        }
        parts.add(literal(text.substring(last)));
        return new MessageTemplate(List.copyOf(parts));
    }

    /** Text between placeholders; a lone brace there is a mistyped placeholder, not text to print. */
    private static String literal(String text) {
        if (text.indexOf('{') >= 0 || text.indexOf('}') >= 0) {
            throw new IllegalArgumentException("a lone '" + (text.indexOf('{') >= 0 ? "{" : "}") + "' in the message: write {{ or }} for a brace, "
                    + "or close the placeholder (such as {logicalId})");
        }
        return text;
    }

    /** The named placeholders the message uses ({@code state}, {@code logicalId}...), attributes left out. */
    Set<String> names() {
        Set<String> out = new java.util.HashSet<>();
        for (Object part : parts) {
            if (part instanceof Name name) {
                out.add(name.name());
            }
        }
        return out;
    }

    private record Name(String name) {
    }

    String render(Focus selected, Focus witness) {
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof String literal) {
                out.append(literal);
            } else if (part instanceof PathExpr attribute) {
                Focus value = attribute.resolve(selected);
                out.append(value.isPresent() ? value.node().text() : "");
            } else {
                out.append(value(((Name) part).name(), selected, witness));
            }
        }
        return out.toString();
    }

    private static String value(String name, Focus selected, Focus witness) {
        Scope scope = selected.scope();
        return switch (name) {
            case "state" -> scope.state() != null ? scope.state().name() : "";
            case "logicalId" -> scope.resource() != null ? scope.resource().logicalId() : "";
            case "type" -> scope.state() != null ? String.valueOf(scope.state().type()) : scope.resource() != null ? String.valueOf(scope.resource().type()) : "";
            case "machine" -> scope.machine() != null ? scope.machine().displayName() : "";
            case "value" -> describe(witness);
            case "path" -> witness.pathText();
            case "key" -> lastKey(witness.pathText());
            default -> throw new IllegalStateException(name);
        };
    }

    private static String describe(Focus witness) {
        if (!witness.isPresent()) {
            return "(absent)";
        }
        Node node = witness.node();
        String text = Condition.text(node);
        return text != null ? text : node.describe();
    }

    private static String lastKey(String path) {
        int slash = path.lastIndexOf('/');
        return (slash < 0 ? path : path.substring(slash + 1)).replace("~1", "/").replace("~0", "~");
    }
}
