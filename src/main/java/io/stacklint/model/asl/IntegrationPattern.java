package io.stacklint.model.asl;

/** How Step Functions waits for a Task's call: the suffix of its Resource (service integration patterns). */
public enum IntegrationPattern {
    REQUEST_RESPONSE("request-response", ""),
    SYNC("sync", ".sync"),
    SYNC2("sync:2", ".sync:2"),
    CALLBACK("waitForTaskToken", ".waitForTaskToken");

    private final String written;
    private final String suffix;

    IntegrationPattern(String written, String suffix) {
        this.written = written;
        this.suffix = suffix;
    }

    /** The name rules and the catalog use: {@code request-response}, {@code sync}, {@code sync:2}, {@code waitForTaskToken}. */
    public String written() {
        return written;
    }

    /** The Resource suffix that asks for it ({@code .sync:2}); empty for request-response. */
    public String suffix() {
        return suffix;
    }

    /** True for the patterns that wait for a job ({@code .sync}, {@code .sync:2}). */
    public boolean isSync() {
        return this == SYNC || this == SYNC2;
    }

    public static IntegrationPattern named(String written) {
        for (IntegrationPattern pattern : values()) {
            if (pattern.written.equals(written)) {
                return pattern;
            }
        }
        throw new IllegalArgumentException("unknown integration pattern " + written);
    }

    /** The pattern a Resource's text ends with ({@code .sync}, {@code .sync:2}, {@code .waitForTaskToken}), or null. */
    public static IntegrationPattern ofSuffix(String resource) {
        if (resource == null) {
            return null;
        }
        for (IntegrationPattern pattern : new IntegrationPattern[] {CALLBACK, SYNC2, SYNC}) {
            if (resource.endsWith(pattern.suffix)) {
                return pattern;
            }
        }
        return null;
    }
}
