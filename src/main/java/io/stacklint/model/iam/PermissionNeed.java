package io.stacklint.model.iam;

import io.stacklint.tree.Node;
import java.util.Objects;

/**
 * One permission a state machine's role needs: an IAM action (in the reference's casing) on a resource, a
 * symbolic ARN in {@link io.stacklint.model.cfn.TemplateValues} form or {@code "*"} when the action has no
 * resource-level permissions. A resource ending in {@code *} stands for resources named at run time (a child
 * machine's executions {@code execution:Child:*}, objects under a prefix): a grant must cover that pattern.
 * {@code anyResource}: the target is chosen at run time ({@code .$}, JSONata, {@code States.Format}) or not
 * modeled, so any resource will do and only the action is checked ({@code resource} is then {@code "*"} or the
 * widest form). {@code at} is where to report: the Task's {@code Resource} (inside embedded strings too) or the
 * configuration property. {@code confirmed} is false when no source backs the need: never an error then.
 */
public record PermissionNeed(String action, String resource, boolean anyResource, Node at, String purpose, boolean confirmed) {
    // Written out, as the generated ones would be (a node is equal only to itself): the generated equals and
    // hashCode of a record are linked through invokedynamic on first use, a set-up a short run pays for once.
    @Override
    public boolean equals(Object other) {
        return other instanceof PermissionNeed need && at == need.at && anyResource == need.anyResource && confirmed == need.confirmed
                && Objects.equals(action, need.action) && Objects.equals(resource, need.resource) && Objects.equals(purpose, need.purpose);
    }

    @Override
    public int hashCode() {
        return Objects.hash(action, resource, System.identityHashCode(at), purpose) * 31 + (anyResource ? 2 : 0) + (confirmed ? 1 : 0);
    }
}
