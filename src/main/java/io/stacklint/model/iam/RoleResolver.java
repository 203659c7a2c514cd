package io.stacklint.model.iam;

import io.stacklint.model.NodeValues;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.ResourceRefs;
import io.stacklint.model.cfn.SamGenerated;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.cfn.TemplateValues;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which role a state machine runs as, and everything that applies to that role. A state machine's role is its
 * {@code RoleArn} ({@code !GetAtt R.Arn}, {@code !Sub} of it, an ARN string naming a role of the template, each
 * branch of an {@code Fn::If} the same role); for a SAM state machine its {@code Role}, or without one the role SAM
 * generates, {@code <Machine>Role}, from {@code Policies}. A parameter, an import, a role of another stack or a
 * choice between roles is {@link RoleBinding.Unknown}.
 */
public final class RoleResolver {
    private RoleResolver() {
    }

    public static RoleBinding forMachine(StateMachine machine, Template template) {
        Resource resource = machine.resource();
        if (resource == null || template == null) {
            return new RoleBinding.Unknown("a definition outside a template has no role to check");
        }
        return forResource(resource, template);
    }

    /** The role of a state machine resource ({@code AWS::StepFunctions::StateMachine} or SAM). */
    public static RoleBinding forResource(Resource machine, Template template) {
        String found = roleIdOf(machine, template);
        if (found.startsWith(UNKNOWN)) {
            return new RoleBinding.Unknown(found.substring(UNKNOWN.length()));
        }
        return new RoleBinding.Known(forRole(found, template));
    }

    /** The role of the template by its logical id (declared, or SAM's {@code <X>Role}); null when there is none. */
    public static ExecutionRole forRole(String roleLogicalId, Template template) {
        return RoleGrants.role(roleLogicalId, template);
    }

    /** The resources that run as the role: state machines, functions, ECS tasks, rule targets, ... */
    public static List<RoleUser> users(String roleLogicalId, Template template) {
        return RoleUsers.of(roleLogicalId, template);
    }

    private static final String UNKNOWN = "unknown:";

    /** The logical id of the role a state machine resource runs as, or {@code "unknown:<why>"}. */
    static String roleIdOf(Resource machine, Template template) {
        boolean sam = "AWS::Serverless::StateMachine".equals(machine.type());
        String property = sam ? "Role" : "RoleArn";
        Node value = machine.property(property);
        if (value == null || NodeValues.isNoValue(value)) {
            if (sam) {
                return machine.logicalId() + "Role";
            }
            return UNKNOWN + machine.logicalId() + " has no RoleArn";
        }
        Set<String> roles = new LinkedHashSet<>();
        for (Node branch : NodeValues.branches(value)) {
            String id = NodeValues.isNoValue(branch) ? (sam ? machine.logicalId() + "Role" : UNKNOWN + "RoleArn may be AWS::NoValue")
                    : roleOfValue(branch, property, template);
            if (id.startsWith(UNKNOWN)) {
                return id;
            }
            roles.add(id);
        }
        if (roles.size() != 1) {
            return UNKNOWN + property + " is one of the roles " + String.join(", ", roles) + ", chosen by a condition";
        }
        return roles.iterator().next();
    }

    private static String roleOfValue(Node value, String property, Template template) {
        if (value instanceof MapNode map && "Fn::ImportValue".equals(map.intrinsicName())) {
            return UNKNOWN + property + " is imported from another stack (Fn::ImportValue)";
        }
        String target = ResourceRefs.target(value);
        if (target != null && value instanceof MapNode map && !"Fn::Sub".equals(map.intrinsicName())) {
            if (template.hasParameter(target)) {
                return UNKNOWN + property + " is the parameter " + target + ": its role is known only at deploy time";
            }
            if (isRole(target, template)) {
                return target;
            }
            Resource other = template.resource(target).orElse(null);
            return UNKNOWN + property + " names " + target + (other == null ? ", which the template does not declare"
                    : ", a " + other.type() + ", not an IAM role");
        }
        String arn = TemplateValues.symbolic(value, template);
        if (arn == null) {
            return UNKNOWN + property + " is " + value.describe() + ", known only at deploy time";
        }
        for (Resource role : template.resourcesOfType("AWS::IAM::Role")) {
            if (normalized(arn).equals(normalized(TemplateValues.arnOf(role.logicalId(), template)))) {
                return role.logicalId();
            }
        }
        return UNKNOWN + property + " names a role outside this template (" + arn + ")";
    }

    /** {@code arn:aws:} and {@code arn:${AWS::Partition}:} name the same role in a commercial-partition stack. */
    private static String normalized(String arn) {
        return arn == null ? "" : arn.replaceFirst("^arn:aws:", "arn:\\${AWS::Partition}:");
    }

    static boolean isRole(String logicalId, Template template) {
        Resource resource = template.resource(logicalId).orElse(null);
        if (resource != null) {
            return "AWS::IAM::Role".equals(resource.type());
        }
        SamGenerated.Origin generated = SamGenerated.of(logicalId, template);
        return generated != null && "AWS::IAM::Role".equals(generated.type());
    }
}
