package io.stacklint.model.cfn;

import io.stacklint.tree.ScalarNode;

/**
 * A name that a template uses to point at something it declares: a {@code Ref}, an {@code Fn::GetAtt}, a
 * {@code ${...}} variable of {@code Fn::Sub}, a condition or mapping name, a {@code DependsOn} entry.
 * The node is where the name is written (for a {@code ${...}} variable, a node covering just the variable).
 */
public record Reference(Kind kind, String target, String attribute, ScalarNode node) {
    public enum Kind {
        REF("Ref"), GET_ATT("Fn::GetAtt"), SUB("Fn::Sub"), CONDITION("condition"), FIND_IN_MAP("Fn::FindInMap"),
        DEPENDS_ON("DependsOn");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
