package io.stacklint.rules.builtin.iam;

import io.stacklint.model.cfn.Template;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.TemplateRule;
import java.util.ArrayList;
import java.util.List;

/** One role for a state machine and for something else: its permissions can no longer fit either workflow. */
public final class SharedRole implements TemplateRule {
    public static final RuleMeta META = RuleMeta.of("IAM022", "shared-role",
            "State machine role is shared with another workload", Severity.WARNING, "0.1.0", "iam", "security", "least-privilege");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Template template, RuleContext context) {
        for (MachineRoles.RoleUse use : MachineRoles.of(context.model())) {
            if (use.role() == null) {
                continue; // a role SAM generates belongs to its one state machine
            }
            List<String> others = MachineRoles.otherUsers(use, template);
            if (use.machines().size() < 2 && others.isEmpty()) {
                continue;
            }
            List<String> machines = new ArrayList<>(use.machines().stream().map(m -> "'" + m.logicalId() + "'").toList());
            String users = (machines.size() == 1 ? "state machine " : "state machines ") + list(machines)
                    + (others.isEmpty() ? "" : " and by " + list(others));
            context.report(use.role().key(), "Role '%s' is used by %s: give each its own role, so that each has only what it needs",
                    use.role().logicalId(), users);
        }
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
