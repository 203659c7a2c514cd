package io.stacklint.model.sam;

import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The step between the written template and the rules for SAM: the resources SAM's transform adds for the
 * serverless resources, so that rules written for CloudFormation's own types judge what SAM deploys. Each
 * derived resource's nodes sit at the written nodes they come from.
 */
public final class SamTransform {
    private SamTransform() {
    }

    /** The template with what SAM derives from it; the template itself when it has no serverless resource. */
    public static Template apply(Template template) {
        if (!template.isSam()) {
            return template;
        }
        Map<Resource, Resource> derived = new LinkedHashMap<>();
        for (Resource resource : template.resources()) {
            if (SamStateMachines.TYPE.equals(resource.type())) {
                SamStateMachines.derive(resource, derived);
            } else if (SamFunctions.TYPE.equals(resource.type())) {
                SamFunctions.derive(resource, derived);
            }
        }
        return template.withDerived(derived);
    }
}
