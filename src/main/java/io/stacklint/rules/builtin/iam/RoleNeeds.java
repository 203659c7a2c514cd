package io.stacklint.rules.builtin.iam;

import io.stacklint.model.Memo;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.ActionCatalog;
import io.stacklint.model.iam.ArnMatch;
import io.stacklint.model.iam.Grant;
import io.stacklint.model.iam.MachineNeeds;
import io.stacklint.model.iam.Needs;
import io.stacklint.model.iam.PermissionNeed;
import io.stacklint.model.iam.RoleResolver;
import io.stacklint.model.iam.RoleUser;
import io.stacklint.rules.api.RuleContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything the state machines using one role need, when that is all the role is for: every user of the role is a
 * state machine of this template and each one's needs are fully known. Otherwise there is nothing to judge a grant
 * against, and {@link #of} gives null. Indexed by action (lower case) so that a wildcard's thousands of actions are
 * each looked up, not compared with every need.
 */
final class RoleNeeds {
    private final Map<String, List<PermissionNeed>> byAction = new HashMap<>();
    private final List<String> machines;

    private final Template template;

    private RoleNeeds(List<String> machines, List<PermissionNeed> needs, Template template) {
        this.machines = machines;
        this.template = template;
        needs.forEach(n -> byAction.computeIfAbsent(n.action().toLowerCase(Locale.ROOT), a -> new ArrayList<>()).add(n));
    }

    /** Worked out once per role and file: IAM021 and IAM025 both ask. Null when the role cannot be judged. */
    static RoleNeeds of(MachineRoles.RoleUse use, RuleContext context) {
        Map<String, java.util.Optional<RoleNeeds>> cache = BY_ROLE.in(context.model(), HashMap::new);
        return cache.computeIfAbsent(use.roleId(), id -> java.util.Optional.ofNullable(compute(use, context))).orElse(null);
    }

    private static final Memo<Map<String, java.util.Optional<RoleNeeds>>> BY_ROLE = Memo.named("needs of each role");

    private static RoleNeeds compute(MachineRoles.RoleUse use, RuleContext context) {
        List<RoleUser> users = RoleResolver.users(use.roleId(), context.model().template());
        if (users.isEmpty() || !users.stream().allMatch(RoleUser::isStateMachine)
                || users.size() != use.machines().size()) {
            return null;
        }
        List<PermissionNeed> needs = new ArrayList<>();
        for (Resource machine : use.machines()) {
            List<StateMachine> variants = context.model().stateMachines().stream().filter(m -> machine.equals(m.resource())).toList();
            List<Needs> all = variants.isEmpty() ? List.of(MachineNeeds.ofResource(machine, context.model().template()))
                    : variants.stream().map(v -> MachineNeedsCache.of(v, context)).toList();
            for (Needs n : all) {
                // An action IAM does not have (an SDK call authorized under other names) hides what is really used.
                if (!n.complete() || n.needs().stream().anyMatch(need -> ActionCatalog.get().canonical(need.action()).isEmpty())) {
                    return null;
                }
                needs.addAll(n.needs());
            }
        }
        return new RoleNeeds(use.machines().stream().map(Resource::logicalId).toList(), needs, context.model().template());
    }

    /** True when some state needs the action on a resource the grant names (or on any resource). */
    boolean uses(String action, Grant grant) {
        for (PermissionNeed need : byAction.getOrDefault(action.toLowerCase(Locale.ROOT), List.of())) {
            if (need.anyResource() || grant.resources().stream().anyMatch(r -> r == null || ArnMatch.matches(r, need.resource(), template) != ArnMatch.Result.NO)) {
                return true;
            }
        }
        return false;
    }

    /** "'Flow'", "'A' and 'B'": the state machines, for messages. */
    String machines() {
        return SharedRole.list(machines.stream().map(m -> "'" + m + "'").toList());
    }
}
