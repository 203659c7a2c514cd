package io.stacklint.model.iam;

/** What IAM would decide for one action on one resource. */
public enum Decision {
    /** An Allow applies for sure, and no Deny can apply. */
    ALLOWED,
    /** An explicit Deny applies for sure. */
    DENIED,
    /** Nothing allows it, and nothing unknown could: a missing permission. */
    NOT_ALLOWED,
    /** An opaque grant, a condition or a value unknown here could decide it either way. */
    UNKNOWN
}
