package io.stacklint.rules.builtin.iam;

import io.stacklint.model.NodeValues;
import io.stacklint.model.SourceModel;
import io.stacklint.model.asl.StateMachineLocator;
import io.stacklint.model.cfn.Reference;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.ResourceRefs;
import io.stacklint.model.cfn.Template;
import io.stacklint.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The IAM roles of a template that its state machines run as, each with the state machines that use it, and
 * the other resources that use the same role. Worked out once per file for the least-privilege rules.
 */
final class MachineRoles {
    /** A role of the template and the state machines whose {@code RoleArn} (SAM: {@code Role}) names it. */
    record RoleUse(Resource role, List<Resource> machines) {
    }

    /** Where other resources name the role they run as: type, then the top-level properties that hold it. */
    private static final Map<String, Map<String, String>> USER_PROPERTIES = Map.ofEntries(
            Map.entry("AWS::Lambda::Function", Map.of("Role", "Lambda function")),
            Map.entry("AWS::Serverless::Function", Map.of("Role", "Lambda function")),
            Map.entry("AWS::StepFunctions::StateMachine", Map.of("RoleArn", "state machine")),
            Map.entry("AWS::Serverless::StateMachine", Map.of("Role", "state machine")),
            Map.entry("AWS::ECS::TaskDefinition", Map.of("TaskRoleArn", "ECS task definition", "ExecutionRoleArn", "ECS task definition")),
            Map.entry("AWS::CodeBuild::Project", Map.of("ServiceRole", "CodeBuild project")),
            Map.entry("AWS::Glue::Job", Map.of("Role", "Glue job")),
            Map.entry("AWS::Events::Rule", Map.of("RoleArn", "EventBridge rule", "Targets", "EventBridge rule target")),
            Map.entry("AWS::Scheduler::Schedule", Map.of("Target", "EventBridge schedule")),
            Map.entry("AWS::Pipes::Pipe", Map.of("RoleArn", "EventBridge pipe")),
            Map.entry("AWS::ApiGateway::Method", Map.of("Integration", "API Gateway method")),
            Map.entry("AWS::IAM::InstanceProfile", Map.of("Roles", "instance profile")),
            Map.entry("AWS::Batch::JobDefinition", Map.of("ContainerProperties", "Batch job definition")));

    private MachineRoles() {
    }

    /** Every role of the template that a state machine runs as, in the order the machines are declared. */
    static List<RoleUse> of(SourceModel model) {
        return model.memo(MachineRoles.class, () -> compute(model.template()));
    }

    private static List<RoleUse> compute(Template template) {
        if (template == null) {
            return List.of();
        }
        Map<String, List<Resource>> machinesByRole = new LinkedHashMap<>();
        for (Resource resource : template.resources()) {
            if (!StateMachineLocator.isStateMachine(resource)) {
                continue;
            }
            for (String role : roleIds(resource, template)) {
                machinesByRole.computeIfAbsent(role, r -> new ArrayList<>()).add(resource);
            }
        }
        List<RoleUse> out = new ArrayList<>();
        machinesByRole.forEach((role, machines) -> out.add(new RoleUse(template.resource(role).orElseThrow(), List.copyOf(machines))));
        return List.copyOf(out);
    }

    /** The roles of the template a state machine may run as (one per branch of an {@code Fn::If}). */
    private static Set<String> roleIds(Resource machine, Template template) {
        Node value = machine.property(machine.type().startsWith("AWS::Serverless::") ? "Role" : "RoleArn");
        Set<String> out = new LinkedHashSet<>();
        for (Node alternative : NodeValues.alternatives(value)) {
            String target = ResourceRefs.target(alternative);
            if (target != null && template.resource(target).filter(r -> "AWS::IAM::Role".equals(r.type())).isPresent()) {
                out.add(target);
            }
        }
        return out;
    }

    /** The resources other than its state machines that use the role, as "Lambda function 'Worker'", in declaration order. */
    static List<String> otherUsers(RoleUse use, SourceModel model) {
        Set<String> machines = new LinkedHashSet<>();
        use.machines().forEach(m -> machines.add(m.logicalId()));
        Set<String> out = new LinkedHashSet<>();
        for (Reference reference : model.references()) {
            if (!use.role().logicalId().equals(reference.target()) || reference.kind() == Reference.Kind.DEPENDS_ON
                    || reference.kind() == Reference.Kind.CONDITION) {
                continue;
            }
            List<Object> path = reference.node().path().segments();
            if (path.size() < 4 || !"Resources".equals(path.get(0)) || !"Properties".equals(path.get(2)) || machines.contains(String.valueOf(path.get(1)))) {
                continue;
            }
            Resource user = model.template().resource(String.valueOf(path.get(1))).orElse(null);
            Map<String, String> properties = user == null || user.type() == null ? null : USER_PROPERTIES.get(user.type());
            if (properties != null && properties.containsKey(path.get(3))) {
                out.add(properties.get(path.get(3)) + " '" + user.logicalId() + "'");
            }
        }
        return List.copyOf(out);
    }
}
