package io.stacklint.model.asl;

import io.stacklint.model.NodeValues;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import io.stacklint.source.SourceFile;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the state machines of a template or standalone file. */
public final class StateMachineLocator {
    public static final Set<String> STATE_MACHINE_TYPES = Set.of("AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine");

    private StateMachineLocator() {
    }

    /** State machines whose {@code Definition} is written as an object in the template. */
    public static List<StateMachine> inTemplate(Template template) {
        List<StateMachine> out = new ArrayList<>();
        for (Resource resource : template.resources()) {
            if (isStateMachine(resource)) {
                // Both branches of a Definition chosen by Fn::If are definitions that may be deployed.
                for (MapNode definition : NodeValues.maps(resource.property("Definition"))) {
                    out.add(new StateMachine(template.source(), new AslDefinition(definition), resource));
                }
            }
        }
        return out;
    }

    public static boolean isStateMachine(Resource resource) {
        return resource.type() != null && STATE_MACHINE_TYPES.contains(resource.type());
    }

    public static StateMachine standalone(SourceFile source, Node root) {
        return root instanceof MapNode map ? new StateMachine(source, new AslDefinition(map), null) : null;
    }
}
