package io.stacklint.model.iam;

import java.util.List;

/**
 * What a state machine needs. {@code complete} is false when part of it cannot be known (a definition in S3 or
 * known only at deploy time, an integration whose IAM is not recorded, a Resource that names nothing known),
 * each reason in {@code unresolved}: nothing may then be reported as unused.
 */
public record Needs(List<PermissionNeed> needs, boolean complete, List<String> unresolved) {
    public Needs {
        needs = List.copyOf(needs);
        unresolved = List.copyOf(unresolved);
    }
}
