package io.stacklint.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a report file whole or not at all: into a temporary file beside it, then renamed over it, so an
 * interrupted run never leaves a truncated SARIF where the last good one was. The directory must exist (a
 * typo in {@code -o} is an error, not a new directory tree).
 */
final class ReportFile {
    /** What writes the report's content. */
    interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    private ReportFile() {
    }

    /** A temporary file is private to its owner; the report keeps the permissions it had, or gets the usual ones. */
    private static void keepPermissions(Path temporary, Path target) throws IOException {
        try {
            Files.setPosixFilePermissions(temporary, Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the new file inherits the directory's permissions anyway.
        }
    }

    static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path directory = target.getParent();
        if (directory != null && !Files.isDirectory(directory)) {
            throw new NoSuchFileException(directory.toString(), null, "no such directory");
        }
        Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.writeTo(writer);
            }
            keepPermissions(temporary, target);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
