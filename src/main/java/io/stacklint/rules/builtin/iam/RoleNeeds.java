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
        // Loops rather than streams here and below: this runs once per role, so a stream's lambdas would be linked
        // for a single use, at every start.
        for (PermissionNeed need : needs) {
            String action = need.action().toLowerCase(Locale.ROOT);
            List<PermissionNeed> same = byAction.get(action);
            if (same == null) {
                same = new ArrayList<>();
                byAction.put(action, same);
            }
            same.add(need);
        }
    }

    /** Worked out once per role and file: IAM021 and IAM025 both ask. Null when the role cannot be judged. */
    static RoleNeeds of(MachineRoles.RoleUse use, RuleContext context) {
        Map<String, java.util.Optional<RoleNeeds>> cache = BY_ROLE.in(context.model(), HashMap::new);
        return cache.computeIfAbsent(use.roleId(), id -> java.util.Optional.ofNullable(compute(use, context))).orElse(null);
    }

    private static final Memo<Map<String, java.util.Optional<RoleNeeds>>> BY_ROLE = Memo.named("needs of each role");

    private static RoleNeeds compute(MachineRoles.RoleUse use, RuleContext context) {
        List<RoleUser> users = RoleResolver.users(use.roleId(), context.model().template());
        if (users.isEmpty() || users.size() != use.machines().size()) {
            return null;
        }
        for (RoleUser user : users) {
            if (!user.isStateMachine()) {
                return null;
            }
        }
        List<PermissionNeed> needs = new ArrayList<>();
        List<String> machineIds = new ArrayList<>();
        for (Resource machine : use.machines()) {
            machineIds.add(machine.logicalId());
            List<Needs> all = new ArrayList<>();
            for (StateMachine variant : context.model().stateMachines()) {
                if (machine.equals(variant.resource())) {
                    all.add(MachineNeedsCache.of(variant, context));
                }
            }
            if (all.isEmpty()) {
                all.add(MachineNeeds.ofResource(machine, context.model().template()));
            }
            for (Needs n : all) {
                // An action IAM does not have (an SDK call authorized under other names) hides what is really used.
                if (!n.complete() || anyUnknown(n.needs())) {
                    return null;
                }
                needs.addAll(n.needs());
            }
        }
        return new RoleNeeds(List.copyOf(machineIds), needs, context.model().template());
    }

    private static boolean anyUnknown(List<PermissionNeed> needs) {
        for (PermissionNeed need : needs) {
            if (ActionCatalog.get().canonical(need.action()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** True when some state needs the action on a resource the grant names (or on any resource). */
    boolean uses(String action, Grant grant) {
        for (PermissionNeed need : byAction.getOrDefault(action.toLowerCase(Locale.ROOT), List.of())) {
            if (need.anyResource()) {
                return true;
            }
            for (String resource : grant.resources()) {
                if (resource == null || ArnMatch.matches(resource, need.resource(), template) != ArnMatch.Result.NO) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "'Flow'", "'A' and 'B'": the state machines, for messages. */
    String machines() {
        return SharedRole.list(machines.stream().map(m -> "'" + m + "'").toList());
    }
}
