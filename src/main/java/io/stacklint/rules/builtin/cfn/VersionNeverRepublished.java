package io.stacklint.rules.builtin.cfn;

import io.stacklint.model.asl.StateMachineLocator;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.ResourceRefs;
import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import java.util.Set;

/**
 * A StateMachineVersion of a machine of the template whose properties do not change when the machine does: no
 * {@code StateMachineRevisionId} from the machine, and no {@code Description} decided at deploy time. CloudFormation
 * publishes a version when it creates the resource, and creates it again only when one of its properties changes
 * (each requires replacement), so an update of the machine publishes nothing and the alias keeps the old definition.
 */
public final class VersionNeverRepublished implements ResourceRule {
    public static final RuleMeta META = RuleMeta.of("CFN020", "version-never-republished",
            "State machine version is not published again when the state machine changes", Severity.WARNING, "0.2.0",
            "cfn", "deployment");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of(UnversionedStateMachine.VERSION);
    }

    @Override
    public void check(Resource version, RuleContext context) {
        String machine = ResourceRefs.target(version.property("StateMachineArn"));
        Resource target = machine == null ? null : context.model().template().resource(machine).orElse(null);
        if (target == null || !StateMachineLocator.isStateMachine(target)) {
            return;
        }
        if (version.property("StateMachineRevisionId") != null || decidedAtDeployTime(version.property("Description"))) {
            return;
        }
        context.report(version.key(), "Version '%s' of state machine '%s' has no StateMachineRevisionId: CloudFormation "
                + "replaces a version, publishing a new one, only when one of its properties changes, so an update of '%s' "
                + "publishes nothing and its aliases keep running the old definition; set StateMachineRevisionId: "
                + "!GetAtt %s.StateMachineRevisionId", version.logicalId(), machine, machine, machine);
    }

    /** An intrinsic value (a !Sub of a build number, a !Ref of a parameter) may change with each deployment. */
    private static boolean decidedAtDeployTime(Node description) {
        return description instanceof MapNode map && map.intrinsicName() != null;
    }
}
