package io.stacklint.source;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The directory that report paths and fingerprints are relative to: the git top level above the working directory
 * (a {@code .git} directory, or the {@code .git} file of a worktree or submodule), else the working directory. The
 * same finding then has the same path and fingerprint whichever directory stacklint ran from, so moving a CI job
 * neither closes nor reopens code-scanning alerts.
 */
public final class RepositoryRoot {
    private RepositoryRoot() {
    }

    public static Path of(Path workingDirectory) {
        Path start = workingDirectory.toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return start;
    }
}
