package io.stacklint.rules.builtin.cfn;

import io.stacklint.model.Booleans;
import io.stacklint.model.NodeValues;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.asl.StateMachineLocator;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A state machine with an alias, started by something in the template through the machine's own ARN: an
 * EventBridge rule or Scheduler target, a Pipe, a Lambda environment variable, another state machine's
 * {@code states:startExecution} task, an API Gateway integration's StartExecution request, or SAM {@code Events}
 * without {@code UseAliasAsEventTarget}. Those callers
 * run the latest revision, whatever version the alias routes to, and a gradual deployment never reaches them.
 */
public final class CallerBypassesAlias implements ResourceRule {
    public static final RuleMeta META = RuleMeta.of("CFN023", "caller-bypasses-alias",
            "Caller starts the unversioned state machine although it has an alias", Severity.WARNING, "0.2.0", "cfn", "deployment");

    private static final String START = "arn:aws:states:::states:startExecution";

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
        Template template = context.model().template();
        String alias = aliasOf(template, machine);
        if (alias == null) {
            return;
        }
        String why = "it runs the latest revision of '" + machine.logicalId() + "', not the version alias '" + alias
                + "' routes to, and gradual deployments and rollbacks never reach it";
        if (machine.type().startsWith("AWS::Serverless::") && machine.property("Events") instanceof MapNode events
                && events.size() > 0 && !Booleans.isTrue(machine.property("UseAliasAsEventTarget"))) {
            context.report(machine.properties().entry("Events").key(), "Events of '%s' start the state machine itself, "
                    + "without UseAliasAsEventTarget: true: %s", machine.logicalId(), why);
        }
        for (Resource caller : template.resources()) {
            for (Node reference : references(caller)) {
                if (isArnOf(reference, machine)) {
                    context.report(reference, "%s '%s' starts state machine '%s' by its own ARN: %s; point it at the alias",
                            caller.type(), caller.logicalId(), machine.logicalId(), why);
                }
            }
            for (Node reference : ApiStartExecution.machineReferences(caller, machine.logicalId())) {
                context.report(reference, "%s '%s' starts state machine '%s' by its own ARN in its StartExecution request: %s;"
                        + " name the alias's ARN instead", caller.type(), caller.logicalId(), machine.logicalId(), why);
            }
        }
        for (StateMachine other : context.model().stateMachines()) {
            for (State state : other.definition().allStates()) {
                Node resource = other.substitutions().valueOf(state.field("Resource"));
                if (resource != null && resource.text() != null && resource.text().startsWith(START)
                        && state.field("Parameters") instanceof MapNode parameters) {
                    Node arn = other.substitutions().valueOf(parameters.get("StateMachineArn"));
                    if (isArnOf(arn, machine)) {
                        context.report(parameters.get("StateMachineArn"), "Task '%s' of '%s' starts state machine '%s' by its "
                                + "own ARN: %s; start the alias instead", state.name(), other.displayName(), machine.logicalId(), why);
                    }
                }
            }
        }
    }

    /** {@code !Ref M}, {@code !GetAtt M.Arn} or {@code !Sub "${M}"}: the machine's own ARN (not its name). */
    private static boolean isArnOf(Node value, Resource machine) {
        if (!machine.logicalId().equals(ResourceRefs.target(value)) || !(value instanceof MapNode call)) {
            return false;
        }
        return switch (call.intrinsicName()) {
            case "Ref" -> true;
            case "Fn::GetAtt" -> call.intrinsicArgument() instanceof io.stacklint.tree.SeqNode args && args.size() == 2
                    ? "Arn".equals(args.get(1).text()) : String.valueOf(call.intrinsicArgument().text()).endsWith(".Arn");
            case "Fn::Sub" -> call.subTemplate().value().equals("${" + machine.logicalId() + "}")
                    || call.subTemplate().value().equals("${" + machine.logicalId() + ".Arn}");
            default -> false;
        };
    }

    /** The name of an alias that routes to a version of {@code machine}; null when it has none. */
    private static String aliasOf(Template template, Resource machine) {
        for (Resource alias : template.resourcesOfType(UnversionedStateMachine.ALIAS)) {
            for (Node arn : UnversionedStateMachine.versionArns(alias)) {
                Resource version = template.resource(String.valueOf(ResourceRefs.target(arn))).orElse(null);
                if (version != null && UnversionedStateMachine.VERSION.equals(version.type())
                        && machine.logicalId().equals(ResourceRefs.target(version.property("StateMachineArn")))) {
                    return alias.property("Name") != null && alias.property("Name").text() != null
                            ? alias.property("Name").text() : alias.logicalId();
                }
            }
        }
        return null;
    }

    /** The values by which a resource names what it starts or calls. */
    private static List<Node> references(Resource caller) {
        List<Node> out = new ArrayList<>();
        switch (String.valueOf(caller.type())) {
            case "AWS::Events::Rule" -> NodeValues.maps(caller.property("Targets")).forEach(t -> out.add(t.get("Arn")));
            case "AWS::Scheduler::Schedule" -> {
                if (caller.property("Target") instanceof MapNode target) {
                    out.add(target.get("Arn"));
                }
            }
            case "AWS::Pipes::Pipe" -> out.add(caller.property("Target"));
            case "AWS::Lambda::Function", "AWS::Serverless::Function" -> {
                if (caller.property("Environment") instanceof MapNode environment
                        && environment.get("Variables") instanceof MapNode variables) {
                    variables.entries().stream().map(Entry::value).forEach(out::add);
                }
            }
            default -> {
            }
        }
        out.removeIf(node -> node == null);
        return out;
    }
}
