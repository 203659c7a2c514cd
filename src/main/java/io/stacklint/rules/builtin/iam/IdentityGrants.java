package io.stacklint.rules.builtin.iam;

import io.stacklint.model.iam.ArnMatch;
import io.stacklint.model.iam.ExecutionRole;
import io.stacklint.model.iam.Grant;
import io.stacklint.model.iam.IamActions;
import io.stacklint.model.iam.PermissionNeed;
import java.util.List;

/**
 * Whether a role's own statements, leaving its permissions boundary aside, surely allow what is needed: then a
 * need the evaluator finds not allowed was taken away by the boundary, and the message can say so.
 */
final class IdentityGrants {
    private IdentityGrants() {
    }

    static boolean allow(ExecutionRole role, List<PermissionNeed> needs) {
        return needs.stream().allMatch(need -> role.grants().stream().anyMatch(grant -> allows(grant, need, role)));
    }

    private static boolean allows(Grant grant, PermissionNeed need, ExecutionRole role) {
        if (!grant.allow() || grant.conditional() || grant.notAction() || grant.notResource()) {
            return false;
        }
        boolean action = grant.actions().stream().anyMatch(a -> a.value() != null && IamActions.matches(a.value(), need.action()));
        return action && (need.anyResource() ? !grant.resources().isEmpty()
                : grant.resources().stream().anyMatch(r -> r != null && ArnMatch.matches(r, need.resource(), role.template()) == ArnMatch.Result.YES));
    }
}
