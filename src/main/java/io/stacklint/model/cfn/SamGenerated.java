package io.stacklint.model.cfn;

import io.stacklint.tree.Node;

/**
 * The resources SAM generates that a template may name although it does not declare them: {@code <X>Role} for a
 * SAM function or state machine without a {@code Role}, and {@code <X>.Alias} / {@code <X>.Version} for a SAM
 * function with {@code AutoPublishAlias} (SAM "Referencing generated CloudFormation resources",
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources.html).
 */
public final class SamGenerated {
    /** A generated resource: the SAM resource it comes from and the CloudFormation type it has. */
    public record Origin(Resource owner, String type) {
    }

    private SamGenerated() {
    }

    /** The generated resource a logical id names, or null when SAM generates none by that id. */
    public static Origin of(String logicalId, Template template) {
        if (logicalId == null || template.resource(logicalId).isPresent()) {
            return null;
        }
        if (logicalId.endsWith(".Alias") || logicalId.endsWith(".Version")) {
            String owner = logicalId.substring(0, logicalId.lastIndexOf('.'));
            Resource function = template.resource(owner).orElse(null);
            if (function != null && "AWS::Serverless::Function".equals(function.type()) && function.property("AutoPublishAlias") != null) {
                return new Origin(function, logicalId.endsWith(".Alias") ? "AWS::Lambda::Alias" : "AWS::Lambda::Version");
            }
            return null;
        }
        if (logicalId.endsWith("Role")) {
            Resource owner = template.resource(logicalId.substring(0, logicalId.length() - "Role".length())).orElse(null);
            if (owner != null && generatesRole(owner)) {
                return new Origin(owner, "AWS::IAM::Role");
            }
        }
        return null;
    }

    /** A SAM function or state machine without {@code Role} gets a role SAM writes, named {@code <X>Role}. */
    public static boolean generatesRole(Resource resource) {
        String type = resource.type();
        if (!"AWS::Serverless::Function".equals(type) && !"AWS::Serverless::StateMachine".equals(type)) {
            return false;
        }
        Node role = resource.property("Role");
        return role == null || io.stacklint.model.NodeValues.isNoValue(role);
    }
}
