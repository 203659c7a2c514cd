package io.stacklint.rules.builtin.cfn;

import io.stacklint.model.NodeValues;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.ResourceRefs;
import io.stacklint.model.cfn.Template;
import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A state machine alias's gradual deployment watching an alarm given by its ARN (a literal ARN, an
 * {@code Fn::Sub} of one, {@code !GetAtt Alarm.Arn}) where CloudFormation wants alarm names: CloudWatch knows no
 * alarm by that name and reports it OK, so the deployment never rolls back. SAM's {@code DeploymentPreference}
 * of a state machine is judged on the alias SAM derives from it.
 */
public final class DeploymentAlarmByArn implements ResourceRule {
    public static final RuleMeta META = RuleMeta.of("CFN027", "deployment-alarm-by-arn",
            "Alias deployment watches an alarm by ARN instead of by name", Severity.WARNING, "0.2.0", "cfn", "deployment");

    /** A part of an ARN, a ${...} placeholder read whole (its name may hold colons: ${AWS::Region}). */
    private static final String PART = "(?:\\$\\{[^}]*}|[^:$])*";
    private static final Pattern ALARM_ARN = Pattern.compile("arn:" + PART + ":cloudwatch:" + PART + ":" + PART + ":alarm:.*");
    private static final Set<String> ALARM_TYPES = Set.of("AWS::CloudWatch::Alarm", "AWS::CloudWatch::CompositeAlarm");

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
        Template template = context.model().template();
        for (MapNode preference : NodeValues.maps(alias.property("DeploymentPreference"))) {
            for (Node alarms : NodeValues.branches(preference.get("Alarms"))) {
                if (alarms instanceof SeqNode list) {
                    for (Node alarm : list.items()) {
                        if (isArn(alarm, template)) {
                            Resource sam = template.derivedFrom(alias);
                            context.report(alarm, "Alarm '%s' of %s is an ARN, but DeploymentPreference Alarms are alarm "
                                    + "names: CloudWatch finds no alarm by that name and reports it OK, so the deployment "
                                    + "never rolls back on it; give the alarm's name (!Ref of an AWS::CloudWatch::Alarm)", shown(alarm),
                                    sam != null ? "the AutoPublishAlias of '" + sam.logicalId() + "'" : "alias '" + alias.logicalId() + "'");
                        }
                    }
                }
            }
        }
    }

    private static String shown(Node alarm) {
        if (alarm.text() != null) {
            return alarm.text();
        }
        MapNode call = (MapNode) alarm;
        return call.subTemplate() != null ? call.subTemplate().value() : ResourceRefs.target(call) + ".Arn";
    }

    private static boolean isArn(Node alarm, Template template) {
        if (alarm instanceof ScalarNode scalar) {
            return scalar.isString() && scalar.value() != null && ALARM_ARN.matcher(scalar.value()).matches();
        }
        if (!(alarm instanceof MapNode call)) {
            return false;
        }
        if (call.subTemplate() != null) {
            return ALARM_ARN.matcher(call.subTemplate().value()).matches();
        }
        if ("Fn::GetAtt".equals(call.intrinsicName())) {
            Node argument = call.intrinsicArgument();
            String attribute = argument instanceof SeqNode args && args.size() == 2 ? args.get(1).text()
                    : argument.text() != null && argument.text().contains(".") ? argument.text().substring(argument.text().indexOf('.') + 1) : null;
            Resource target = template.resource(String.valueOf(ResourceRefs.target(call))).orElse(null);
            return "Arn".equals(attribute) && target != null && ALARM_TYPES.contains(target.type());
        }
        return false;
    }
}
