package io.stacklint.model.sam;

import io.stacklint.model.cfn.Resource;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import java.util.Map;

/**
 * The {@code AWS::StepFunctions::StateMachine} an {@code AWS::Serverless::StateMachine} deploys as, under the same
 * logical id: SAM's translator renames {@code Name}, {@code Type}, {@code Logging}, {@code Tracing} and
 * {@code Role} to {@code StateMachineName}, {@code StateMachineType}, {@code LoggingConfiguration},
 * {@code TracingConfiguration} and {@code RoleArn}, and keeps {@code DefinitionSubstitutions}
 * (samtranslator/model/stepfunctions/generators.py, {@code StateMachineGenerator.to_cloudformation}). Each
 * renamed entry keeps the written key's position and the written value itself, so a finding points at what the
 * author wrote. The definition is left out: SAM rewrites it into a {@code Fn::Join} string, and the state
 * machine model already reads the written one; so are the role SAM generates from {@code Policies} and the tags.
 */
final class SamStateMachineDeployed {
    static final String TYPE = "AWS::StepFunctions::StateMachine";

    /** SAM's property name, and the CloudFormation one it deploys as. */
    private static final Map<String, String> RENAMED = Map.of(
            "Name", "StateMachineName",
            "Type", "StateMachineType",
            "Logging", "LoggingConfiguration",
            "Tracing", "TracingConfiguration",
            "Role", "RoleArn",
            "DefinitionSubstitutions", "DefinitionSubstitutions");

    private SamStateMachineDeployed() {
    }

    static Resource of(Resource machine) {
        MapNode written = machine.properties();
        MapNode properties = Synthetic.map(written != null ? written : machine.key());
        if (written != null && written.intrinsicName() == null) {
            for (Entry entry : written.entries()) {
                String name = RENAMED.get(entry.name());
                if (name != null) {
                    Synthetic.put(properties, name, entry.key(), entry.value());
                }
            }
        }
        MapNode body = Synthetic.map(machine.node());
        Synthetic.put(body, "Type", machine.key(), Synthetic.text(TYPE, machine.node()));
        Synthetic.put(body, "Properties", machine.key(), properties);
        for (String attribute : new String[] {"Condition", "Metadata"}) {
            Entry entry = machine.node().entry(attribute);
            if (entry != null) {
                body.put(entry);
            }
        }
        return new Resource(machine.logicalId(), machine.key(), body);
    }
}
