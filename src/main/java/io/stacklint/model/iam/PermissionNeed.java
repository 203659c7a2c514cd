package io.stacklint.model.iam;

import io.stacklint.tree.Node;

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
}
