package io.stacklint.model.iam;

import io.stacklint.model.NodeValues;
import io.stacklint.model.cfn.Resource;
import io.stacklint.source.Span;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.NodePath;
import java.util.List;

/**
 * One policy document of a template and what kind of policy it is: IAM reads identity, trust and resource
 * policies by different rules (a {@code Principal} belongs in the last two only).
 *
 * @param kind     identity, trust ({@code AssumeRolePolicyDocument}) or resource policy
 * @param node     the document as written: usually a mapping (a resource policy in JSON text is its parsed mapping); an intrinsic is not read further
 * @param owner    the template resource that holds it
 * @param single   true when the node is one statement rather than a document ({@code AWS::Events::EventBusPolicy}'s {@code Statement})
 */
public record PolicyDocument(Kind kind, Node node, Resource owner, boolean single) {
    public enum Kind { IDENTITY, TRUST, RESOURCE }

    /**
     * Where a document written as JSON text breaks JSON: {@code span} is the place inside the text as the file holds
     * it (there is no node for text that does not parse), {@code path} the node path the parser had reached.
     */
    public record TextSyntaxError(Span span, NodePath path, String message) {
    }

    /**
     * For a document written as JSON text that does not parse (the node is then the text as written): where the
     * JSON is broken. Empty for every other document.
     */
    public List<TextSyntaxError> textSyntaxErrors() {
        if (node instanceof MapNode map && map.intrinsicName() == null) {
            return List.of();
        }
        return PolicyText.syntaxErrors(node).stream().map(p -> new TextSyntaxError(p.span(), p.path(), p.message())).toList();
    }

    /** The statements of the document (through lists and {@code Fn::If}); malformed items are not among them. */
    public List<PolicyStatement> statements() {
        if (single) {
            return node instanceof MapNode map && map.intrinsicName() == null ? List.of(new PolicyStatement(map, owner)) : List.of();
        }
        if (!(node instanceof MapNode map)) {
            return List.of();
        }
        return NodeValues.maps(map.get("Statement")).stream().map(s -> new PolicyStatement(s, owner)).toList();
    }
}
