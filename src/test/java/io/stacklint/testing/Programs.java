package io.stacklint.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Outside programs a test runs where they are installed (pre-commit, git, node), and skips with a message where not. */
public final class Programs {
    private Programs() {
    }

    public static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
