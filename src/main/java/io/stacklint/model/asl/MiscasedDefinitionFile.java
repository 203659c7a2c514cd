package io.stacklint.model.asl;

import io.stacklint.model.cfn.Resource;
import io.stacklint.tree.Node;

/**
 * A {@code DefinitionUri} that names its file in other letter case than the disk spells it. The file was read
 * (in its resource's context); {@code at} is the {@code DefinitionUri} value.
 */
public record MiscasedDefinitionFile(Resource resource, Node at, String written, String onDisk) {
}
