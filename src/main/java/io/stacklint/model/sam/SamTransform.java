package io.stacklint.model.sam;

import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The step between the written template and the rules for SAM: the resources SAM's transform adds for the
 * serverless resources, so that rules written for CloudFormation's own types judge what SAM deploys. Each
 * derived resource's nodes sit at the written nodes they come from. A SAM state machine is also known as the
 * {@code AWS::StepFunctions::StateMachine} it deploys as ({@link Template#deployedAs}), which rules read when they
 * ask to (a declarative rule's {@code as-deployed: true}), so that a rule written for the Step Functions type
 * judges SAM's without listing it or reporting it twice.
 */
public final class SamTransform {
    private SamTransform() {
    }

    /** The CloudFormation type a type that {@link Template#deployedAs} knows deploys as: itself unless SAM replaces it. */
    public static String deployedType(String type) {
        return SamStateMachines.TYPE.equals(type) ? SamStateMachineDeployed.TYPE : type;
    }

    /** The template with what SAM derives from it; the template itself when it has no serverless resource. */
    public static Template apply(Template template) {
        if (!template.isSam()) {
            return template;
        }
        Map<Resource, Resource> derived = new LinkedHashMap<>();
        Map<Resource, Resource> deployedAs = new LinkedHashMap<>();
        for (Resource resource : template.resources()) {
            if (SamStateMachines.TYPE.equals(resource.type())) {
                SamStateMachines.derive(resource, derived);
                deployedAs.put(resource, SamStateMachineDeployed.of(resource));
            } else if (SamFunctions.TYPE.equals(resource.type())) {
                SamFunctions.derive(resource, derived);
            }
        }
        return template.withDerived(derived).withDeployedForms(deployedAs);
    }
}
