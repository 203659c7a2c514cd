package io.stacklint.rules.builtin.iam;

import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.cfn.Intrinsic;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.Decision;
import io.stacklint.model.iam.ExecutionRole;
import io.stacklint.model.iam.PermissionNeed;
import io.stacklint.model.iam.PolicyEvaluator;
import io.stacklint.model.iam.RoleBinding;
import io.stacklint.model.iam.RoleResolver;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateMachineRule;
import io.stacklint.tree.Node;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A state (or the logging, tracing or encryption configuration) needs an action that the state machine's role does
 * not allow on that resource: the execution fails with AccessDenied when it gets there, or the deployment fails.
 * Only what is sure is reported: an unknown role, an opaque grant, a condition or an unknown value keeps it silent
 * (the evaluator answers UNKNOWN), and so does a need no AWS source confirms.
 */
public final class MissingPermission implements StateMachineRule {
    public static final RuleMeta META = RuleMeta.of("IAM020", "missing-permission",
            "State machine role does not allow what a state needs", Severity.ERROR, "0.1.0", "iam", "correctness", "least-privilege");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(StateMachine machine, RuleContext context) {
        Template template = context.model().template();
        MachineRoles.RoleUse use = template == null || machine.resource() == null ? null : MachineRoles.forMachine(machine.resource(), context.model());
        if (use == null) {
            if (template != null && machine.resource() != null
                    && RoleResolver.forResource(machine.resource(), template) instanceof RoleBinding.Unknown unknown) {
                context.remark(machine.resource().key(), "the role of state machine '%s' is not one of this template (%s), so what it allows is not known",
                        machine.resource().logicalId(), unknown.why());
            }
            return;
        }
        ExecutionRole role = use.execution();
        if (role.opaque()) {
            context.remark(machine.resource().key(), "role '%s' of state machine '%s' holds grants whose contents are not known (%s): a need they may cover is not reported",
                    role.logicalId(), machine.resource().logicalId(), String.join("; ", role.opaqueReasons()));
        }
        // What one node needs, by resource, so that the actions a state needs on one resource are one finding.
        Map<Node, Map<String, List<PermissionNeed>>> missing = new IdentityHashMap<>();
        List<Node> order = new ArrayList<>();
        for (PermissionNeed need : MachineNeedsCache.of(machine, context).needs()) {
            if (!need.confirmed() || need.at() == null) {
                continue;
            }
            Decision decision = PolicyEvaluator.decide(role, need.action(), need.resource(), need.anyResource());
            if (decision == Decision.NOT_ALLOWED || decision == Decision.DENIED) {
                if (!missing.containsKey(need.at())) {
                    order.add(need.at());
                }
                missing.computeIfAbsent(need.at(), n -> new LinkedHashMap<>())
                        .computeIfAbsent(key(need), r -> new ArrayList<>()).add(need);
            }
        }
        Intrinsic.Writer writer = order.isEmpty() ? null : TemplateWriter.of(context.model());
        for (Node at : order) {
            missing.get(at).forEach((resource, needs) -> report(at, needs, role, machine, writer, context));
        }
    }

    private static String key(PermissionNeed need) {
        return (situational(need) == null ? "" : "\u0001") + (need.anyResource() ? "\u0000any" : need.resource());
    }

    private static void report(Node at, List<PermissionNeed> needs, ExecutionRole role, StateMachine machine, Intrinsic.Writer writer,
                               RuleContext context) {
        PermissionNeed first = needs.get(0);
        List<String> actions = needs.stream().map(PermissionNeed::action).distinct().toList();
        String on = first.anyResource() ? "some resource (the target is chosen at run time)" : writer.write(first.resource()).yaml();
        boolean denied = needs.stream().anyMatch(n -> PolicyEvaluator.decide(role, n.action(), n.resource(), n.anyResource()) == Decision.DENIED);
        String why;
        if (denied) {
            why = "which an explicit Deny of role '" + role.logicalId() + "' forbids: remove or narrow the Deny";
        } else if (role.hasBoundary() && IdentityGrants.allow(role, needs)) {
            why = "which the permissions boundary of role '" + role.logicalId() + "' does not allow: widen the boundary";
        } else {
            why = "which role '" + role.logicalId() + "' does not allow: add " + (actions.size() == 1 ? "it" : "them") + " to " + where(role, machine);
        }
        String situational = situational(first);
        if (situational == null) {
            context.report(at, "%s needs %s on %s, %s", first.purpose(), String.join(", ", actions), on, why);
        } else {
            context.report(Severity.WARNING, at, "%s may need %s on %s (%s), %s", first.purpose(), String.join(", ", actions), on, situational, why);
        }
    }

    /**
     * Why a need AWS's example policies grant is not needed by every execution, or null when it is: then a missing
     * grant is a warning, not an error. Athena reads the Glue catalog (and Lake Formation, and S3) only for the tables a
     * query names; the multipart-upload actions of a ResultWriter serve large results only; SageMaker's ListTags is
     * granted by AWS's templates without a documented call that fails without it.
     */
    private static String situational(PermissionNeed need) {
        String action = need.action().toLowerCase(java.util.Locale.ROOT);
        if (need.purpose().contains("athena:") && !action.startsWith("athena:") || action.equals("athena:getdatacatalog")) {
            return "when the query reads catalog tables or writes results";
        }
        if (action.equals("s3:listmultipartuploadparts") || action.equals("s3:abortmultipartupload")) {
            return "for results large enough for a multipart upload";
        }
        if (action.equals("execute-api:invoke")) {
            return "only when the Task's AuthType is IAM_ROLE";
        }
        if (action.equals("sagemaker:listtags")) {
            return "AWS's policy template grants it";
        }
        return null;
    }

    /** Where a grant goes: the Policies of a SAM state machine whose role SAM generates, else a policy of the role. */
    private static String where(ExecutionRole role, StateMachine machine) {
        if (role.trustPolicy() == null && machine.resource().type().startsWith("AWS::Serverless::")) {
            return "the Policies of '" + machine.resource().logicalId() + "'";
        }
        return "a policy of role '" + role.logicalId() + "'";
    }
}
