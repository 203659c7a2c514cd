package io.stacklint.model.iam;

import java.util.ArrayList;
import java.util.List;

/** Grants being collected for a role or its boundary, with what could not be read. */
final class GrantSet {
    private final List<Grant> grants = new ArrayList<>();
    private final List<String> opaque = new ArrayList<>();
    private final List<String> denyOpaque = new ArrayList<>();

    void add(Grant grant) {
        grants.add(grant);
    }

    /** Something may be allowed that is not read: an AWS managed policy not known here, an ARN parameter... */
    void opaque(String reason) {
        if (!opaque.contains(reason)) {
            opaque.add(reason);
        }
    }

    /** Something may be denied that is not read. */
    void denyOpaque(String reason) {
        if (!denyOpaque.contains(reason)) {
            denyOpaque.add(reason);
        }
    }

    List<Grant> grants() {
        return List.copyOf(grants);
    }

    List<String> opaque() {
        return List.copyOf(opaque);
    }

    List<String> denyOpaque() {
        return List.copyOf(denyOpaque);
    }
}
