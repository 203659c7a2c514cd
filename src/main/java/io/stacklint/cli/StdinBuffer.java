package io.stacklint.cli;

import io.stacklint.source.ProblemException;
import io.stacklint.rules.engine.LintRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The path {@code -}: an editor's unsaved buffer on standard input, linted as the file {@code --stdin-filename}
 * names (which need not exist on disk), so findings carry that name and {@code DefinitionUri} resolves beside it.
 */
final class StdinBuffer {
    static final String DASH = "-";
    /** The name a buffer gets when no --stdin-filename is given. */
    private static final String UNNAMED = "stdin.yaml";

    private StdinBuffer() {
    }

    /** Registers the buffer with the run and returns the paths with {@code -} replaced by the buffer's name. */
    static List<Path> read(LintRun run, List<Path> paths, Path stdinFilename, InputStream stdin) throws ProblemException {
        if (paths.stream().filter(p -> p.toString().equals(DASH)).count() > 1) {
            throw Refusal.of("'-' (standard input) can be given once");
        }
        byte[] content;
        try {
            content = stdin.readAllBytes();
        } catch (IOException e) {
            throw Refusal.of("cannot read standard input: " + IoErrors.describe(e));
        }
        Path name = stdinFilename != null ? stdinFilename : Path.of(UNNAMED);
        run.withBuffer(name, content);
        List<Path> out = new ArrayList<>();
        paths.forEach(p -> out.add(p.toString().equals(DASH) ? name : p));
        return out;
    }
}
