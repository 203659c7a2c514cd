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

    /**
     * True when a grant of the action names, by a literal (a wildcard pattern or a name), what the need names by the
     * token of a template resource, or the other way round. A resource without a name property gets a generated
     * physical name ({@code Worker-AbC123}, {@code stack-Seeding-XyZ}) that such a literal may well match, so the
     * grant may cover the need; two tokens of different resources never match.
     */
    static boolean mayMatchGeneratedName(ExecutionRole role, PermissionNeed need) {
        for (Grant grant : role.grants()) {
            if (!grant.allow() || grant.notAction() || grant.notResource()
                    || grant.actions().stream().noneMatch(a -> a.value() != null && IamActions.matches(a.value(), need.action()))) {
                continue;
            }
            for (String resource : grant.resources()) {
                if (mayMatchGeneratedName(resource, need.resource(), role.template())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One grant pattern against one needed resource: exactly one of them names a template resource by a token. */
    static boolean mayMatchGeneratedName(String grantPattern, String needed, io.stacklint.model.cfn.Template template) {
        return grantPattern != null && needed != null && hasResourceToken(needed, template) != hasResourceToken(grantPattern, template)
                && ArnMatch.matches(grantPattern, needed) != ArnMatch.Result.NO;
    }

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("\\$\\{([A-Za-z0-9]+)(\\.[^}]*)?}");

    private static boolean hasResourceToken(String value, io.stacklint.model.cfn.Template template) {
        if (value == null) {
            return false;
        }
        java.util.regex.Matcher m = TOKEN.matcher(value);
        while (m.find()) {
            if (template.resource(m.group(1)).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
