package io.stacklint.rules.engine;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How far a SAM {@code DefinitionUri} may lead: the repository being linted. That is the git work tree that
 * holds the template (SAM builds from the repository, and {@code ../shared/flow.asl.json} inside it is a
 * definition of the project), else the directory given on the command line, else the template's own directory.
 * A path that leaves it is refused unread: a template must not steer the linter to arbitrary files.
 *
 * @param root an absolute, normalised directory
 */
public record DefinitionBoundary(Path root) {
    /**
     * The boundary for a template in {@code templateDirectory}; {@code lintRoot} is the directory the command
     * line named (null when linting through the API), used only when it holds the template.
     */
    public static DefinitionBoundary of(Path templateDirectory, Path lintRoot) {
        Path directory = templateDirectory.toAbsolutePath().normalize();
        for (Path at = directory; at != null; at = at.getParent()) {
            if (Files.exists(at.resolve(".git"))) {
                return new DefinitionBoundary(at);
            }
        }
        if (lintRoot != null) {
            Path root = lintRoot.toAbsolutePath().normalize();
            if (directory.startsWith(root)) {
                return new DefinitionBoundary(root);
            }
        }
        return new DefinitionBoundary(directory);
    }
}
