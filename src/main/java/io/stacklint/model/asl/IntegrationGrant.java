package io.stacklint.model.asl;

/**
 * One permission an integration needs: an IAM action on a resource. The resource is {@code *} (the action has
 * no resource-level permissions), a symbolic ARN ({@code arn:${AWS::Partition}:events:...:rule/...}), a target
 * that a Parameters field names ({@link #field()} in the form {@link #kind()}, {@link #fallback()} when the field
 * is absent), or not modeled ({@link #unmodeled()}: any resource will do, only the action is checked).
 * {@code confirmed} is false when no source backs it, or when it is an AWS template's broad wildcard grant.
 */
public record IntegrationGrant(String action, String resource, String field, String kind, String fallback, boolean confirmed) {
    public static IntegrationGrant parse(String text) {
        boolean confirmed = !text.startsWith("~");
        String body = confirmed ? text : text.substring(1);
        int eq = body.indexOf('=');
        String action = body.substring(0, eq);
        String resource = body.substring(eq + 1);
        if (resource.startsWith("{") && resource.endsWith("}")) {
            String spec = resource.substring(1, resource.length() - 1);
            int colon = spec.indexOf(':');
            int question = spec.indexOf('?');
            String kind = question < 0 ? spec.substring(colon + 1) : spec.substring(colon + 1, question);
            return new IntegrationGrant(action, null, spec.substring(0, colon), kind,
                    question < 0 ? null : spec.substring(question + 1), confirmed);
        }
        return new IntegrationGrant(action, resource, null, null, null, confirmed);
    }

    /** True when the target is not modeled: the need is on whatever resource the call names. */
    public boolean unmodeled() {
        return "?".equals(resource);
    }

    /** True when the resource comes from a field of the Task (or of the setting). */
    public boolean hasTarget() {
        return field != null;
    }
}
