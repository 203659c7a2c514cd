package io.stacklint.model.asl;

import io.stacklint.model.cfn.Resource;
import io.stacklint.source.SourceFile;

/**
 * A workflow: its definition, and the template resource that declares it (null for a standalone
 * definition file). Other definition sources (DefinitionString, DefinitionUri) produce the same model.
 */
public record StateMachine(SourceFile source, AslDefinition definition, Resource resource) {
    public String displayName() {
        return resource != null ? resource.logicalId() : source.displayPath();
    }
}
