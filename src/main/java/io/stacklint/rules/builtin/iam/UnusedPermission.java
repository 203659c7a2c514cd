package io.stacklint.rules.builtin.iam;

import io.stacklint.model.cfn.Intrinsic;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.ActionCatalog;
import io.stacklint.model.iam.Grant;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.TemplateRule;
import io.stacklint.tree.ScalarNode;
import java.util.List;

/**
 * An action a state machine role allows that none of its state machines needs, judged per statement after expanding
 * wildcards: only for a role that nothing but fully known state machines of the template uses. Conditional statements,
 * Deny, NotAction and NotResource are never judged; SAM policy templates and connectors are IAM025's.
 */
public final class UnusedPermission implements TemplateRule {
    public static final RuleMeta META = RuleMeta.of("IAM021", "unused-permission",
            "State machine role allows an action no state needs", Severity.WARNING, "0.1.0", "iam", "security", "least-privilege");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Template template, RuleContext context) {
        for (MachineRoles.RoleUse use : MachineRoles.of(context.model())) {
            RoleNeeds needs = null;
            for (Grant grant : use.execution().grants()) {
                if (!judged(grant)) {
                    continue;
                }
                if (needs == null) {
                    needs = RoleNeeds.of(use, context);
                    if (needs == null) {
                        break;
                    }
                }
                for (ScalarNode action : grant.actions()) {
                    check(action, grant, use, needs, context);
                }
            }
        }
    }

    /** Allow statements written in the template itself, that surely apply. */
    static boolean judged(Grant grant) {
        return grant.allow() && !grant.conditional() && !grant.notAction() && !grant.notResource()
                && !grant.origin().startsWith("SAM policy template") && !grant.origin().startsWith("SAM connector")
                && !grant.origin().startsWith("AWS managed policy");
    }

    private static void check(ScalarNode action, Grant grant, MachineRoles.RoleUse use, RoleNeeds needs, RuleContext context) {
        if (action.value() == null) {
            return;
        }
        List<String> expanded = ActionCatalog.get().expand(action.value());
        if (expanded.isEmpty()) {
            return; // an action the catalog does not know is IAM030's finding
        }
        List<String> used = expanded.stream().filter(a -> needs.uses(a, grant)).toList();
        if (used.size() == expanded.size()) {
            return;
        }
        int unused = expanded.size() - used.size();
        String role = use.execution().logicalId();
        if (used.isEmpty()) {
            Intrinsic.Writer writer = TemplateWriter.of(context.model());
            String on = String.join(", ", grant.resources().stream().map(r -> writer.write(r).yaml()).toList());
            context.report(action, "'%s' in role '%s' allows %s that no state of %s needs on %s: remove it", action.value(), role,
                    unused == 1 ? "an action" : unused + " actions", needs.machines(), on);
        } else {
            context.report(action, "'%s' in role '%s' allows %d actions that no state of %s needs; only %s %s used: write %s instead",
                    action.value(), role, unused, needs.machines(), String.join(", ", used), used.size() == 1 ? "is" : "are",
                    used.size() == 1 ? "that" : "those");
        }
    }
}
