package io.stacklint.model.asl;

/** What a Task's {@code Resource} is. */
public enum IntegrationKind {
    /** {@code arn:aws:states:::SERVICE:ACTION[.PATTERN]}, an optimized integration. */
    OPTIMIZED("optimized"),
    /** {@code arn:aws:states:::aws-sdk:SERVICE:ACTION[.waitForTaskToken]}, any AWS API. */
    AWS_SDK("aws-sdk"),
    /** A Lambda function ARN written as the Resource itself (the legacy form of a Lambda invoke). */
    LAMBDA_FUNCTION("lambda-function"),
    /** An activity ARN: a worker polls for the task. */
    ACTIVITY("activity"),
    /** {@code arn:aws:states:::http:invoke}, the HTTP Task. */
    HTTP("http");

    private final String written;

    IntegrationKind(String written) {
        this.written = written;
    }

    /** The name rules see as {@code @integration}. */
    public String written() {
        return written;
    }
}
