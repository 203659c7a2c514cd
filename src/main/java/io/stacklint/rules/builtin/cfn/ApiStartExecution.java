package io.stacklint.rules.builtin.cfn;

import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.ResourceRefs;
import io.stacklint.model.cfn.SubString;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * API Gateway integrations that start a state machine, and where they name it: a REST API method's AWS
 * integration with the Step Functions action {@code StartExecution} (or {@code StartSyncExecution}), whose request
 * template writes the {@code stateMachineArn}, and an HTTP API integration of subtype
 * {@code StepFunctions-StartExecution} (or {@code -StartSyncExecution}), whose {@code StateMachineArn} request
 * parameter names it.
 */
final class ApiStartExecution {
    private static final Set<String> ATTRIBUTES = Set.of("", ".Arn", ".Name");

    private ApiStartExecution() {
    }

    /** The places where {@code caller} names state machine {@code machineId} itself (its ARN or its name) to start it. */
    static List<Node> machineReferences(Resource caller, String machineId) {
        List<Node> out = new ArrayList<>();
        if ("AWS::ApiGateway::Method".equals(caller.type()) && caller.property("Integration") instanceof MapNode integration
                && startsExecution(integration.get("Uri"))) {
            for (Node template : mapValues(integration.get("RequestTemplates"))) {
                collect(template, machineId, out);
            }
        } else if ("AWS::ApiGatewayV2::Integration".equals(caller.type()) && caller.property("IntegrationSubtype") != null
                && String.valueOf(caller.property("IntegrationSubtype").text()).matches("StepFunctions-Start(Sync)?Execution")) {
            if (caller.property("RequestParameters") instanceof MapNode parameters && parameters.get("StateMachineArn") != null) {
                collect(parameters.get("StateMachineArn"), machineId, out);
            }
        }
        return out;
    }

    /** A URI {@code arn:aws:apigateway:<region>:states:action/StartExecution}, written literally or in an Fn::Sub. */
    private static boolean startsExecution(Node uri) {
        String text = uri instanceof MapNode call && call.subTemplate() != null ? call.subTemplate().value() : uri == null ? null : uri.text();
        return text != null && text.matches(".*:states:action/Start(Sync)?Execution");
    }

    private static List<Node> mapValues(Node node) {
        return node instanceof MapNode map && map.intrinsicName() == null ? map.entries().stream().map(Entry::value).toList() : List.of();
    }

    /** References to the machine in a value: {@code !Ref M}, {@code !GetAtt M.Arn}, and ${M}, ${M.Arn} or ${M.Name} in an Fn::Sub. */
    private static void collect(Node value, String machineId, List<Node> out) {
        if (value instanceof MapNode map) {
            if (map.subTemplate() != null && names(map.subTemplate(), machineId)) {
                out.add(map.subTemplate());
            }
            if ("Ref".equals(map.intrinsicName()) || "Fn::GetAtt".equals(map.intrinsicName())) {
                if (machineId.equals(ResourceRefs.target(map))) {
                    out.add(map);
                }
                return;
            }
            for (Entry entry : map.entries()) {
                if (!(entry.value() instanceof ScalarNode)) {
                    collect(entry.value(), machineId, out);
                }
            }
        } else if (value != null && value.asSeq() != null) {
            value.asSeq().items().forEach(item -> collect(item, machineId, out));
        }
    }

    private static boolean names(ScalarNode template, String machineId) {
        return SubString.variables(template.value()).stream().anyMatch(v -> v.name().startsWith(machineId)
                && ATTRIBUTES.contains(v.name().substring(machineId.length())));
    }
}
