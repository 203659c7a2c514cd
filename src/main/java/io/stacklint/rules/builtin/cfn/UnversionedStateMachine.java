package io.stacklint.rules.builtin.cfn;

import io.stacklint.model.NodeValues;
import io.stacklint.model.asl.StateMachineLocator;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.ResourceRefs;
import io.stacklint.model.cfn.Template;
import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A state machine that callers can only reach at its latest revision: no StateMachineVersion publishes it,
 * or no StateMachineAlias routes to such a version. Every deployment then changes running traffic at once,
 * with no way to roll back.
 */
public final class UnversionedStateMachine implements ResourceRule {
    public static final RuleMeta META = RuleMeta.of("CFN001", "unversioned-state-machine",
            "State machine has no published version behind an alias", Severity.WARNING, "0.1.0", "cfn", "deployment");

    static final String VERSION = "AWS::StepFunctions::StateMachineVersion";
    static final String ALIAS = "AWS::StepFunctions::StateMachineAlias";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Set<String> resourceTypes() {
        return StateMachineLocator.STATE_MACHINE_TYPES;
    }

    @Override
    public void check(Resource machine, RuleContext context) {
        // A SAM AutoPublishAlias is read as the version and alias SAM deploys for it (model.sam).
        Template template = context.model().template();
        List<String> versions = new ArrayList<>();
        for (Resource version : template.resourcesOfType(VERSION)) {
            if (machine.logicalId().equals(ResourceRefs.target(version.property("StateMachineArn")))) {
                versions.add(version.logicalId());
            }
        }
        if (versions.isEmpty()) {
            boolean sam = machine.type().startsWith("AWS::Serverless::");
            context.report(machine.key(), "State machine '%s' has no %s: every deployment replaces what callers run, with nothing to roll back to%s",
                    machine.logicalId(), sam ? "published version" : VERSION, sam ? " (set AutoPublishAlias)" : "");
            return;
        }
        boolean aliased = template.resourcesOfType(ALIAS).stream()
                .flatMap(alias -> versionArns(alias).stream())
                .anyMatch(arn -> versions.contains(ResourceRefs.target(arn)));
        if (!aliased) {
            context.report(machine.key(), "State machine '%s' has a version (%s) but no %s routes to it: callers cannot be moved between versions",
                    machine.logicalId(), String.join(", ", versions), ALIAS);
        }
    }

    /** The version ARNs an alias routes to, from {@code RoutingConfiguration} and {@code DeploymentPreference}. */
    static List<Node> versionArns(Resource alias) {
        List<Node> out = new ArrayList<>();
        for (MapNode route : NodeValues.maps(alias.property("RoutingConfiguration"))) {
            if (route.get("StateMachineVersionArn") != null) {
                out.add(route.get("StateMachineVersionArn"));
            }
        }
        if (alias.property("DeploymentPreference") instanceof MapNode preference && preference.get("StateMachineVersionArn") != null) {
            out.add(preference.get("StateMachineVersionArn"));
        }
        return out;
    }
}
