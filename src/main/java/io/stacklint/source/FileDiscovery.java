package io.stacklint.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Walks the directories a run names, in a stable order, for files that may be templates or definitions. */
public final class FileDiscovery {
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "node_modules", ".aws-sam", "cdk.out", "target");
    private static final List<String> CANDIDATE_SUFFIXES = List.of(".json", ".yaml", ".yml", ".template", ".asl");

    private FileDiscovery() {
    }

    static boolean isCandidate(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        // A loop, not a stream: this runs for every file of a walk, mostly before the JIT has compiled anything.
        for (String suffix : CANDIDATE_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The candidate files below a directory, sorted; skips {@code .git}, {@code node_modules} and build output.
     * Entries that cannot be read (permissions) are handed to {@code unreadable}; candidates that cannot be
     * linted (links that point nowhere, FIFOs, sockets, devices) to {@code notLinted} with the reason: never
     * dropped silently.
     */
    public static List<Path> walk(Path directory, java.util.function.BiConsumer<Path, IOException> unreadable,
                                  java.util.function.BiConsumer<Path, String> notLinted) throws IOException {
        List<Path> out = new ArrayList<>();
        // Links are followed (a linked template is linted); a link that loops back is visited once.
        Files.walkFileTree(directory, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean skip = !dir.equals(directory) && dir.getFileName() != null && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString());
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isCandidate(file)) {
                    out.add(file);
                } else if (attrs.isSymbolicLink() && isCandidate(file)) {
                    notLinted.accept(file, "a symbolic link to nothing");
                } else if (attrs.isOther() && isCandidate(file)) {
                    // Reading a FIFO would block the run; a socket or a device is no template either.
                    notLinted.accept(file, "not a regular file (a FIFO, socket or device)");
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!(e instanceof java.nio.file.FileSystemLoopException)) {
                    unreadable.accept(file, e);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(null);
        return out;
    }

    /** The path as reports show it: relative to {@code base} ({@code ../x.yaml} outside it), with '/' separators. */
    public static String displayPath(Path file, Path base) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown;
        try {
            shown = base.relativize(absolute);
        } catch (IllegalArgumentException e) {
            shown = absolute;
        }
        return shown.toString().replace('\\', '/');
    }
}
