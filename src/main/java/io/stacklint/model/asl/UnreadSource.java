package io.stacklint.model.asl;

import io.stacklint.model.cfn.Resource;
import io.stacklint.tree.Node;

/**
 * A definition source of a state machine resource that gave no definition to check, and why. {@code at} is
 * the node a finding points at: the property's key, or the {@code DefinitionUri} value.
 */
public record UnreadSource(Resource resource, String property, Node at, Reason reason, String detail) {
    public enum Reason {
        /** In S3 ({@code DefinitionS3Location}, an S3 {@code DefinitionUri}): never fetched. */
        REMOTE,
        /** A value known only at deploy time ({@code !Ref}, {@code !GetAtt}): stacklint cannot read it. */
        UNREADABLE,
        /** A value that cannot be a definition at all: a number, a list, JSON that is not an object, nothing. */
        NOT_A_DEFINITION,
        /** A {@code DefinitionUri} file that does not exist (or is not a regular file). */
        MISSING_FILE,
        /** A {@code DefinitionUri} that leads outside the template's directory: refused, not read. */
        OUTSIDE_TEMPLATE,
        /** Text that is not well-formed JSON or YAML: the PARSE rules report it. */
        NOT_PARSED
    }
}
