package io.stacklint.rules.builtin.iam;

import io.stacklint.model.NodeValues;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.cfn.ResourceRefs;
import io.stacklint.model.iam.MachineNeeds;
import io.stacklint.model.iam.Needs;
import io.stacklint.model.cfn.Resource;
import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A privileged AWS managed policy attached to a role, user or group of the template (or to a SAM function or state
 * machine): AdministratorAccess (an error), PowerUserAccess, IAMFullAccess and the service full-access policies.
 */
public final class PrivilegedManagedPolicy implements ResourceRule {
    public static final RuleMeta META = RuleMeta.of("IAM042", "privileged-managed-policy",
            "Privileged AWS managed policy is attached", Severity.WARNING, "0.3.0", "iam", "security");

    /** An AWS managed policy ARN (any partition, any path) or, in SAM's Policies, its bare name. */
    private static final Pattern ARN = Pattern.compile("arn:(?:[^:]+|\\$\\{AWS::Partition}):iam::aws:policy/(?:.*/)?([A-Za-z0-9_+=,.@-]+)");
    private static final Set<String> PRIVILEGED = Set.of("AdministratorAccess", "PowerUserAccess", "IAMFullAccess");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group", "AWS::Serverless::Function", "AWS::Serverless::StateMachine");
    }

    @Override
    public void check(Resource resource, RuleContext context) {
        boolean sam = resource.type().startsWith("AWS::Serverless::");
        Node attached = resource.property(sam ? "Policies" : "ManagedPolicyArns");
        for (Node value : NodeValues.alternatives(attached)) {
            ScalarNode text = value instanceof ScalarNode s ? s : value instanceof MapNode call ? call.subTemplate() : null;
            if (text == null || text.value() == null) {
                continue;
            }
            Matcher arn = ARN.matcher(text.value());
            String name = arn.matches() ? arn.group(1) : sam && value instanceof ScalarNode ? text.value() : null;
            if (name == null || !isPrivileged(name)) {
                continue;
            }
            boolean admin = name.equals("AdministratorAccess");
            context.report(admin ? Severity.ERROR : Severity.WARNING, text,
                    "'%s' attaches the AWS managed policy %s, which allows %s; grant the actions the workload uses instead%s",
                    resource.logicalId(), name, admin ? "every action on every resource" : name.equals("PowerUserAccess")
                            ? "every action outside IAM and Organizations" : name.equals("IAMFullAccess") ? "creating and changing any IAM role or policy, so any permission at all"
                            : "every action of its service on every resource", machineNeeds(resource, context));
        }
    }

    /**
     * For the role of state machines of the template (or a SAM state machine itself): what their states and
     * configuration actually need, so the message can say what to grant instead.
     */
    private static String machineNeeds(Resource owner, RuleContext context) {
        Set<String> actions = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Set<String> machines = new TreeSet<>();
        boolean complete = true;
        for (StateMachine machine : context.model().stateMachines()) {
            Resource resource = machine.resource();
            if (resource == null || !(resource == owner || owner.logicalId().equals(ResourceRefs.target(resource.property("RoleArn")))
                    || owner.logicalId().equals(ResourceRefs.target(resource.property("Role"))))) {
                continue;
            }
            Needs needs = MachineNeeds.of(machine, context.model().template());
            needs.needs().forEach(n -> actions.add(n.action()));
            complete &= needs.complete();
            machines.add(resource.logicalId());
        }
        if (machines.isEmpty()) {
            return "";
        }
        String who = machines.size() == 1 ? "state machine '" + machines.iterator().next() + "'" : "state machines " + String.join(", ", machines);
        if (actions.isEmpty()) {
            return complete ? " (its " + who + " needs no permissions)" : "";
        }
        return " (its " + who + " needs " + (complete ? "only " : "at least ") + String.join(", ", actions) + ")";
    }

    private static boolean isPrivileged(String name) {
        return PRIVILEGED.contains(name) || name.endsWith("FullAccess") && !name.contains("ReadOnly");
    }
}
