package io.stacklint.rules.builtin.cfn;

import io.stacklint.model.NodeValues;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.ResourceRefs;
import io.stacklint.model.cfn.Template;
import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An alias routing that Step Functions rejects: both RoutingConfiguration and DeploymentPreference, more than two
 * versions, the same version twice, weights that do not add up to 100, versions of two state machines. Values
 * decided at deploy time are left alone; a list under {@code Fn::If} is judged per branch.
 */
public final class AliasRoutingRejected implements ResourceRule {
    public static final RuleMeta META = RuleMeta.of("CFN021", "alias-routing-rejected",
            "State machine alias routing that Step Functions rejects", Severity.ERROR, "0.2.0", "cfn", "deployment");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of(UnversionedStateMachine.ALIAS);
    }

    @Override
    public void check(Resource alias, RuleContext context) {
        MapNode properties = alias.properties();
        Entry routing = properties == null ? null : properties.entry("RoutingConfiguration");
        if (routing == null) {
            return;
        }
        Entry preference = properties.entry("DeploymentPreference");
        if (preference != null && !NodeValues.isNoValue(preference.value())) {
            context.report(preference.key(), "Alias '%s' has both RoutingConfiguration and DeploymentPreference: an alias "
                    + "takes exactly one of them, and CloudFormation rejects the resource", alias.logicalId());
        }
        for (Node branch : NodeValues.branches(routing.value())) {
            if (branch instanceof SeqNode routes) {
                checkRoutes(alias, routing.key(), NodeValues.maps(routes), context);
            }
        }
    }

    private static void checkRoutes(Resource alias, Node key, List<MapNode> routes, RuleContext context) {
        if (routes.size() > 2) {
            context.report(routes.get(2), "Alias '%s' routes to %d versions: an alias routes to one or two versions",
                    alias.logicalId(), routes.size());
            return;
        }
        Template template = context.model().template();
        Map<String, MapNode> seen = new HashMap<>();
        Map<String, String> machines = new HashMap<>();
        double total = 0;
        boolean known = true;
        for (MapNode route : routes) {
            Node arn = route.get("StateMachineVersionArn");
            String version = versionKey(arn);
            if (version != null && seen.putIfAbsent(version, route) != null) {
                context.report(arn, "Alias '%s' routes to the same version twice: each route names a different version of "
                        + "the state machine", alias.logicalId());
            }
            String machine = machineOf(template, arn);
            if (machine != null) {
                machines.put(machine, ResourceRefs.target(arn));
            }
            Double weight = route.get("Weight") instanceof ScalarNode scalar ? scalar.number() : null;
            known &= weight != null;
            total += weight == null ? 0 : weight;
        }
        if (machines.size() > 1) {
            context.report(key, "Alias '%s' routes to versions of %s: the versions of an alias belong to one state machine",
                    alias.logicalId(), String.join(" and ", machines.keySet().stream().sorted().map(m -> "'" + m + "'").toList()));
        }
        if (known && !routes.isEmpty() && total != 100) {
            context.report(key, "Alias '%s' routes %s%% of its executions: the weights of RoutingConfiguration must add up to 100",
                    alias.logicalId(), total == Math.rint(total) ? String.valueOf((long) total) : String.valueOf(total));
        }
    }

    /** What identifies the version a route names: the resource it refers to, or its literal ARN. */
    private static String versionKey(Node arn) {
        String target = ResourceRefs.target(arn);
        if (target != null) {
            return "resource:" + target;
        }
        return arn instanceof ScalarNode scalar && scalar.isString() ? "arn:" + scalar.value() : null;
    }

    /** The state machine of a version resource of the template that a route names; null when not known. */
    private static String machineOf(Template template, Node arn) {
        String target = ResourceRefs.target(arn);
        Resource version = target == null ? null : template.resource(target).orElse(null);
        if (version == null || !UnversionedStateMachine.VERSION.equals(version.type())) {
            return null;
        }
        return ResourceRefs.target(version.property("StateMachineArn"));
    }
}
