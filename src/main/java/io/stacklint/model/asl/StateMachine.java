package io.stacklint.model.asl;

import io.stacklint.model.cfn.Resource;
import io.stacklint.source.SourceFile;

/**
 * A workflow: its definition, and the template resource that declares it (null for a standalone
 * definition file). Other definition sources (DefinitionString, DefinitionUri) produce the same model.
 */
public record StateMachine(SourceFile source, AslDefinition definition, Resource resource) {
    /** Express workflows stop after five minutes, whatever their states say. */
    public boolean isExpress() {
        if (resource == null) {
            return false;
        }
        String type = resource.type() != null && resource.type().startsWith("AWS::Serverless::")
                ? textOf(resource.property("Type")) : textOf(resource.property("StateMachineType"));
        return "EXPRESS".equals(type);
    }

    private static String textOf(io.stacklint.tree.Node node) {
        return node == null ? null : node.text();
    }

    public String displayName() {
        return resource != null ? resource.logicalId() : source.displayPath();
    }
}
