package io.stacklint.rules.builtin.asl.structure;

import io.stacklint.tree.Node;

/** One structural mistake of a definition: what kind of mistake, where, and the message for it. */
public record StructureProblem(Kind kind, Node node, String message) {
    /** What the user did wrong; each kind is reported by one rule. */
    public enum Kind {
        UNKNOWN_FIELD, MISSING_FIELD, WRONG_TYPE, OUT_OF_RANGE, CONFLICTING_FIELDS, OTHER_QUERY_LANGUAGE,
        QUERY_LANGUAGE_DOWNGRADE, DISTRIBUTED_ONLY_FIELD
    }
}
