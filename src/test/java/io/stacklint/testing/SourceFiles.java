package io.stacklint.testing;

import io.stacklint.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The files a comparison test reads: a folder's files by extension, in a stable order, and the shared corpus. */
public final class SourceFiles {
    private SourceFiles() {
    }

    /** Every regular file below {@code root} whose name ends in one of {@code extensions} (a regex alternation), sorted, each shown by its path. */
    public static List<SourceFile> under(Path root, String extensions) throws IOException {
        Pattern name = Pattern.compile(".*\\.(" + extensions + ")$");
        List<SourceFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> name.matcher(f.toString()).matches()).sorted().toList()) {
                out.add(SourceFile.read(file, file.toString()));
            }
        }
        return out;
    }

    /** {@code ../shared/corpus}; the calling test is skipped, with a message, when a user's clone has no shared folder. */
    public static Path corpusOrSkip() {
        Path corpus = Path.of("../shared/corpus");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "../shared/corpus is absent: corpus comparison skipped");
        return corpus;
    }
}
