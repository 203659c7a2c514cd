package io.stacklint.rules.builtin.iam;

import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.TrustPolicy;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.TemplateRule;
import io.stacklint.tree.Entry;

/** A state machine's role whose trust policy keeps Step Functions out: the state machine cannot be created. */
public final class RoleNotAssumable implements TemplateRule {
    public static final RuleMeta META = RuleMeta.of("IAM023", "role-not-assumable",
            "State machine role cannot be assumed by Step Functions", Severity.ERROR, "0.1.0", "iam", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Template template, RuleContext context) {
        for (MachineRoles.RoleUse use : MachineRoles.of(context.model())) {
            Entry trust = use.role() == null || use.role().properties() == null ? null : use.role().properties().entry("AssumeRolePolicyDocument");
            if (trust == null || TrustPolicy.stepFunctions(trust.value()) != TrustPolicy.Verdict.NOT_ASSUMABLE) {
                continue;
            }
            String machines = String.join("', '", use.machines().stream().map(m -> m.logicalId()).toList());
            context.report(trust.key(), "The trust policy of role '%s' does not let Step Functions (states.amazonaws.com) assume it, so state machine%s '%s' cannot run as it: add states.amazonaws.com to a statement that allows sts:AssumeRole",
                    use.role().logicalId(), use.machines().size() == 1 ? "" : "s", machines);
        }
    }
}
