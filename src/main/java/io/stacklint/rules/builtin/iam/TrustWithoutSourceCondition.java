package io.stacklint.rules.builtin.iam;

import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.TrustPolicy;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.TemplateRule;

/**
 * A state machine role that trusts Step Functions for anyone's state machine: without {@code aws:SourceAccount} or
 * {@code aws:SourceArn}, the cross-service confused deputy protection AWS recommends is missing.
 */
public final class TrustWithoutSourceCondition implements TemplateRule {
    public static final RuleMeta META = RuleMeta.of("IAM024", "trust-without-source-condition",
            "State machine role trusts Step Functions without a source condition", Severity.NOTE, "0.1.0", "iam", "security");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Template template, RuleContext context) {
        for (MachineRoles.RoleUse use : MachineRoles.of(context.model())) {
            if (use.role() == null || use.role().properties() == null) {
                continue;
            }
            for (TrustPolicy.Trust trust : TrustPolicy.stepFunctionsTrusts(use.role().property("AssumeRolePolicyDocument"))) {
                if (!trust.sourceConditioned()) {
                    context.report(trust.principal(), "Role '%s' trusts %s without an aws:SourceAccount or aws:SourceArn condition: limit it to your account or your state machines (confused deputy protection)",
                            use.role().logicalId(), TrustPolicy.principalText(trust.principal()));
                }
            }
        }
    }
}
