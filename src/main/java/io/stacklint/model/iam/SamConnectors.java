package io.stacklint.model.iam;

import io.stacklint.model.NodeValues;
import io.stacklint.model.asl.StateMachineLocator;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.cfn.TemplateValues;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * SAM connectors whose source is a state machine running as a given role: {@code AWS::Serverless::Connector}
 * resources ({@code Source: {Id: Machine}}) and the {@code Connectors} attribute of the machine. SAM attaches the
 * statements of the profile for the destination's type and each of the {@code Permissions} to the source's role
 * (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-connector.html).
 */
final class SamConnectors {
    private SamConnectors() {
    }

    static void forRole(String roleId, Template template, GrantSet out) {
        for (Resource resource : template.resources()) {
            if ("AWS::Serverless::Connector".equals(resource.type()) && resource.properties() != null) {
                Node source = resource.properties().get("Source");
                String sourceId = sourceId(source);
                Resource machine = sourceId == null ? null : template.resource(sourceId).orElse(null);
                if (machine != null && runsAs(machine, roleId, template) || machine == null && namesRoleOfMachine(source, roleId)) {
                    connect(resource.properties(), resource.logicalId(), resource.condition() != null, template, out);
                }
            }
            MapNode attribute = resource.node().map("Connectors");
            if (attribute != null && runsAs(resource, roleId, template)) {
                for (Entry connector : attribute.entries()) {
                    if (connector.value() instanceof MapNode body && body.map("Properties") != null) {
                        connect(body.map("Properties"), connector.name(), resource.condition() != null, template, out);
                    }
                }
            }
        }
    }

    private static boolean runsAs(Resource machine, String roleId, Template template) {
        return StateMachineLocator.isStateMachine(machine) && roleId.equals(RoleResolver.roleIdOf(machine, template));
    }

    /** A source given by {@code Type} and {@code RoleName} instead of {@code Id}: a state machine running as the role. */
    private static boolean namesRoleOfMachine(Node source, String roleId) {
        return source instanceof MapNode map && StateMachineLocator.STATE_MACHINE_TYPES.contains(map.text("Type"))
                && roleId.equals(io.stacklint.model.cfn.ResourceRefs.target(map.get("RoleName")));
    }

    private static String sourceId(Node source) {
        return source instanceof MapNode map ? map.text("Id") : null;
    }

    private static void connect(MapNode properties, String name, boolean conditional, Template template, GrantSet out) {
        Node permissions = properties.get("Permissions");
        List<Node> destinations = NodeValues.alternatives(properties.get("Destination"));
        for (Node destination : destinations) {
            if (!(destination instanceof MapNode target)) {
                out.opaque("SAM connector " + name + " has a Destination that is " + destination.describe());
                continue;
            }
            String id = target.text("Id");
            Resource resource = id == null ? null : template.resource(id).orElse(null);
            String type = resource != null ? resource.type() : target.text("Type");
            String arn = resource != null ? TemplateValues.arnOf(id, template) : target.get("Arn") == null ? null
                    : TemplateValues.symbolic(target.get("Arn"), template);
            String nameValue = resource != null ? TemplateValues.getAtt(id, "Name", template)
                    : target.get("Name") == null ? null : TemplateValues.symbolic(target.get("Name"), template);
            for (ScalarNode permission : NodeValues.strings(permissions)) {
                List<SamConnectorProfiles.Statement> statements = SamConnectorProfiles.statements(type, permission.value());
                if (statements == null) {
                    out.opaque("SAM connector " + name + ": no profile known here for " + permission.value() + " on " + type);
                    continue;
                }
                for (SamConnectorProfiles.Statement statement : statements) {
                    List<ScalarNode> actions = new ArrayList<>();
                    statement.actions().forEach(a -> actions.add(new ScalarNode(permission.span(), permission.path(), a, ScalarNode.Kind.STRING)));
                    List<String> resources = new ArrayList<>();
                    for (String pattern : statement.resources()) {
                        resources.add(fill(pattern, arn, nameValue));
                    }
                    out.add(new Grant(true, actions, false, resources, false, conditional || GrantReader.hasIf(properties),
                            properties, "SAM connector " + name));
                }
            }
        }
    }

    private static String fill(String pattern, String arn, String name) {
        if (pattern.contains("%{Arn}") && arn == null || pattern.contains("%{Name}") && name == null) {
            return null;
        }
        return pattern.replace("%{Arn}", arn == null ? "" : arn).replace("%{Name}", name == null ? "" : name);
    }
}
