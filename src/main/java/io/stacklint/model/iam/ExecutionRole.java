package io.stacklint.model.iam;

import io.stacklint.model.cfn.Template;
import io.stacklint.tree.Node;
import java.util.List;

/**
 * A role of the template and everything that applies to it: the statements of its inline policies, of the
 * {@code AWS::IAM::Policy}/{@code ManagedPolicy}/{@code RolePolicy} resources attached to it, of the template's
 * managed policies in {@code ManagedPolicyArns}, SAM policy templates, inline statements and connectors, and of the
 * AWS managed policies known here ({@link AwsManagedPolicies}); its permissions boundary; and the statements of
 * the template's resource-based policies that name it ({@link #resourceGrants()}).
 * What cannot be read is listed in {@link #opaqueReasons()} (something may be allowed that is not in
 * {@link #grants()}) and {@link #denyOpaqueReasons()} (something may be denied).
 */
public final class ExecutionRole {
    private final String logicalId;
    private final Node anchor;
    private final Node trustPolicy;
    private final Template template;
    private final GrantSet identity;
    private final GrantSet boundary;
    private final boolean hasBoundary;
    private final GrantSet resourceBased;

    ExecutionRole(String logicalId, Node anchor, Node trustPolicy, Template template, GrantSet identity, GrantSet boundary,
                  boolean hasBoundary, GrantSet resourceBased) {
        this.logicalId = logicalId;
        this.anchor = anchor;
        this.trustPolicy = trustPolicy;
        this.template = template;
        this.identity = identity;
        this.boundary = boundary;
        this.hasBoundary = hasBoundary;
        this.resourceBased = resourceBased;
    }

    /** The role's logical id; for a role SAM generates, {@code <Machine>Role}. */
    public String logicalId() {
        return logicalId;
    }

    /** Where to report about the role: its key, or the SAM resource's {@code Policies} (or its key). */
    public Node anchor() {
        return anchor;
    }

    /** {@code AssumeRolePolicyDocument}; null for a role SAM generates (SAM writes a correct one). */
    public Node trustPolicy() {
        return trustPolicy;
    }

    public Template template() {
        return template;
    }

    public List<Grant> grants() {
        return identity.grants();
    }

    /** True when an attached grant's contents are unknown: then no permission may be reported missing. */
    public boolean opaque() {
        return !identity.opaque().isEmpty();
    }

    public List<String> opaqueReasons() {
        return identity.opaque();
    }

    /** Deny statements that cannot be read: an allowed action may still be denied. */
    public List<String> denyOpaqueReasons() {
        return identity.denyOpaque();
    }

    /** True when the role has a permissions boundary: then an action must be allowed by it too. */
    public boolean hasBoundary() {
        return hasBoundary;
    }

    /** The statements of the permissions boundary; empty without one. */
    public List<Grant> boundary() {
        return boundary.grants();
    }

    public boolean boundaryOpaque() {
        return !boundary.opaque().isEmpty();
    }

    public List<String> boundaryOpaqueReasons() {
        return boundary.opaque();
    }

    /**
     * Statements of the template's resource-based policies (key, bucket, queue, topic, secret policies, Lambda
     * permissions) that name this role as principal: in one account they allow what they allow even when the role's
     * own policies do not. They are not the role's own grants, so they are never "unused" on the role.
     */
    public List<Grant> resourceGrants() {
        return resourceBased.grants();
    }

    List<String> boundaryDenyOpaqueReasons() {
        return boundary.denyOpaque();
    }

    @Override
    public String toString() {
        return "ExecutionRole[" + logicalId + ", " + grants().size() + " grants" + (opaque() ? ", opaque" : "") + "]";
    }
}
