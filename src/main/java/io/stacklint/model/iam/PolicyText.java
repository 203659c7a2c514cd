package io.stacklint.model.iam;

import io.stacklint.model.asl.DefinitionText;
import io.stacklint.parse.EmbeddedJson;
import io.stacklint.parse.ParseProblem;
import io.stacklint.parse.ParsedDocument;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.List;

/**
 * CloudFormation also takes a policy document as JSON text: a string, or one built with {@code Fn::Sub} or
 * {@code Fn::Join}. Read so, its nodes keep their places in the template; the parts decided at deploy time are
 * {@code ${Name}} placeholders in the text (as {@code Fn::Sub} writes them), never guessed at.
 */
final class PolicyText {
    private PolicyText() {
    }

    /** True for a value that may be a policy document written as text: a string, {@code Fn::Sub} or {@code Fn::Join}. */
    static boolean isText(Node value) {
        if (value instanceof ScalarNode scalar) {
            return scalar.isString();
        }
        return value instanceof MapNode map && ("Fn::Sub".equals(map.intrinsicName()) || "Fn::Join".equals(map.intrinsicName()));
    }

    /** The document the text holds, or null when it is not text, not JSON, or not a JSON object. */
    static MapNode parse(Node value) {
        ParsedDocument parsed = read(value);
        return parsed == null || parsed.hasSyntaxError() ? null : parsed.root() instanceof MapNode map ? map : null;
    }

    /** The document as rules read it: the parsed text of a document written as JSON text, else the value itself. */
    static Node readable(Node value) {
        MapNode parsed = parse(value);
        return parsed != null ? parsed : value;
    }

    /** The text parsed as JSON, problems included; null when the value is no text ({@code !Ref}, a list of pieces computed). */
    static ParsedDocument read(Node value) {
        if (!isText(value)) {
            return null;
        }
        DefinitionText.Result text = DefinitionText.of(value);
        return text.text() == null ? null : EmbeddedJson.parse(text.text(), value.path());
    }

    /**
     * The syntax errors of text meant as a JSON object (it opens with a brace), at their places in the template;
     * none for text that is no JSON object at all ({@code ${PolicyParameter}}), which this cannot judge.
     */
    static List<ParseProblem> syntaxErrors(Node value) {
        ParsedDocument parsed = read(value);
        if (parsed == null || !parsed.hasSyntaxError()) {
            return List.of();
        }
        String text = DefinitionText.of(value).text().text().strip();
        return text.startsWith("{") ? parsed.problems().stream().filter(p -> p.kind() == ParseProblem.Kind.SYNTAX).toList() : List.of();
    }
}
