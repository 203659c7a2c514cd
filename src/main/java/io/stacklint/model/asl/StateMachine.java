package io.stacklint.model.asl;

import io.stacklint.model.DeploymentVariant;
import io.stacklint.model.cfn.Resource;
import io.stacklint.source.SourceFile;
import java.util.List;

/**
 * A workflow: its definition, and the template resource that declares it (null for a standalone
 * definition file). {@code source} is the file the definition is written in: the template for
 * {@code Definition} and {@code DefinitionString}, the definition file for {@code DefinitionUri}.
 * {@code origin} says which; {@code substitutions} are the resource's {@code DefinitionSubstitutions} and
 * {@code placeholders} every {@code ${Name}} the definition writes. {@code variant} is the deployment variant
 * this definition is (its {@code Fn::If}s resolved): a definition that names conditions is one machine per variant.
 */
public record StateMachine(SourceFile source, AslDefinition definition, Resource resource, DefinitionSource origin,
                           Substitutions substitutions, List<Placeholder> placeholders, DeploymentVariant variant) {
    public StateMachine {
        placeholders = List.copyOf(placeholders);
        variant = variant == null ? DeploymentVariant.ANY : variant;
    }

    /** A definition that names no condition (or is read whatever the conditions). */
    public StateMachine(SourceFile source, AslDefinition definition, Resource resource, DefinitionSource origin,
                        Substitutions substitutions, List<Placeholder> placeholders) {
        this(source, definition, resource, origin, substitutions, placeholders, DeploymentVariant.ANY);
    }

    /** A definition written as an object in a template, or (resource null) a standalone file. */
    public StateMachine(SourceFile source, AslDefinition definition, Resource resource) {
        this(source, definition, resource, resource == null ? DefinitionSource.STANDALONE : DefinitionSource.DEFINITION,
                Substitutions.of(resource), List.of());
    }

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
