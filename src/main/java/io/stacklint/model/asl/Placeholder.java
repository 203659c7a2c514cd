package io.stacklint.model.asl;

import io.stacklint.source.Span;
import io.stacklint.tree.NodePath;

/**
 * A {@code ${Name}} written in a definition, at its exact place. {@link Kind#SUBSTITUTION} placeholders are
 * filled by {@code DefinitionSubstitutions}; {@link Kind#SUB_VARIABLE} ones are written unescaped in the text
 * of an {@code Fn::Sub}, which fills them first (from parameters, resources, attributes, pseudo parameters
 * and its own variables) or fails the deployment.
 */
public record Placeholder(String name, Kind kind, Span span, NodePath path) {
    public enum Kind { SUBSTITUTION, SUB_VARIABLE }

    public boolean isSubstitution() {
        return kind == Kind.SUBSTITUTION;
    }
}
