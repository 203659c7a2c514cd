package io.stacklint.model.sam;

import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.ResourceRefs;
import io.stacklint.model.cfn.SamGenerated;
import io.stacklint.model.cfn.Template;

/**
 * The Lambda function of the template that a reference invokes: the function itself, or one of its versions or
 * aliases ({@code AWS::Lambda::Version}, {@code AWS::Lambda::Alias}, written or derived from SAM's
 * {@code AutoPublishAlias}, also as {@code <Id>.Alias} and {@code <Id>.Version}), which run its code with its
 * configuration.
 */
public final class FunctionTargets {
    public static final String VERSION = "AWS::Lambda::Version";
    public static final String ALIAS = "AWS::Lambda::Alias";

    private FunctionTargets() {
    }

    /** The function {@code logicalId} names or qualifies; null when it names none of the template's functions. */
    public static Resource function(Template template, String logicalId) {
        if (logicalId == null) {
            return null;
        }
        Resource resource = template.resource(logicalId).orElse(null);
        if (resource == null) {
            SamGenerated.Origin generated = SamGenerated.of(logicalId, template);
            resource = generated != null && !"AWS::IAM::Role".equals(generated.type()) ? generated.owner() : null;
        }
        // An alias names its function, a version too; follow at most two steps (alias -> version's function).
        for (int i = 0; i < 2 && resource != null && (ALIAS.equals(resource.type()) || VERSION.equals(resource.type())); i++) {
            String target = ResourceRefs.target(resource.property("FunctionName"));
            resource = target == null ? null : template.resource(target).orElse(null);
        }
        return resource != null && FunctionTimeout.isFunction(resource) ? resource : null;
    }
}
