package io.stacklint.rules.engine;

import io.stacklint.model.DocumentKind;
import io.stacklint.model.SourceModel;
import io.stacklint.parse.TreeParser;
import io.stacklint.rules.api.Finding;
import io.stacklint.source.FileDiscovery;
import io.stacklint.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One lint run over the paths a user gave: finds the files, parses each, lints what is a template or a
 * definition, and keeps what was skipped and why. A file that cannot be parsed does not stop the others.
 */
public final class LintRun {
    /** What happened to a path the run was given or found. */
    public record Outcome(List<Finding> findings, List<String> linted, List<String> skipped, List<String> warnings,
                          List<String> errors, List<Linter.RuleFailure> failures) {
    }

    /** A file read and modelled, waiting to be linted once every file of the run is known. */
    private record Read(SourceModel model, Path realPath, String display) {
    }

    /** Text that makes a file that does not parse worth reporting when a directory walk found it. */
    private static final Pattern LOOKS_RELEVANT = Pattern.compile("AWSTemplateFormatVersion|\"?Resources\"?\\s*:|\"?StartAt\"?\\s*:");

    private final Linter linter;
    private final Path base;
    private final Path workingDirectory;
    private final Predicate<Path> excluded;
    private final boolean namedFilesAsFound;
    private final Map<Path, byte[]> buffers = new HashMap<>();

    /**
     * Files are shown relative to {@code base}; relative paths are resolved against the JVM's working directory.
     * {@code excluded} is asked about the absolute path of every file a directory walk finds.
     */
    public LintRun(Linter linter, Path base, Predicate<Path> excluded) {
        this(linter, base, Path.of(""), excluded);
    }

    /**
     * Relative paths given to {@link #run} are resolved against {@code workingDirectory} and shown relative to
     * {@code base} (the repository root); absolute ones are shown absolute, as they were given.
     */
    public LintRun(Linter linter, Path base, Path workingDirectory, Predicate<Path> excluded) {
        this(linter, base, workingDirectory, excluded, false);
    }

    private LintRun(Linter linter, Path base, Path workingDirectory, Predicate<Path> excluded, boolean namedFilesAsFound) {
        this.linter = linter;
        this.base = base.toAbsolutePath().normalize();
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.excluded = excluded;
        this.namedFilesAsFound = namedFilesAsFound;
    }

    /**
     * The file at {@code path} (relative to the working directory) is read from {@code content} instead of the disk,
     * whether or not it exists there: an editor's unsaved buffer, reported under the buffer's file name, with its
     * {@code DefinitionUri} files read beside it.
     */
    public LintRun withBuffer(Path path, byte[] content) {
        buffers.put(workingDirectory.resolve(path).normalize(), content);
        return this;
    }

    /**
     * This run treats the files it is given as a directory walk treats the files it finds: those that are neither
     * a template nor a definition, and excluded ones, are skipped rather than reported. A pre-commit hook is handed
     * every staged YAML and JSON file; a person who names a file is still told when it is not one.
     */
    public LintRun treatingNamedFilesAsFound() {
        LintRun run = new LintRun(linter, base, workingDirectory, excluded, true);
        run.buffers.putAll(buffers);
        return run;
    }

    public Outcome run(List<Path> paths) {
        List<Finding> findings = new ArrayList<>();
        List<String> linted = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Linter.RuleFailure> failures = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        List<Read> models = new ArrayList<>();
        for (Path given : paths) {
            Path path = workingDirectory.resolve(given);
            Path shownFrom = given.isAbsolute() ? null : base;
            boolean buffered = buffers.containsKey(path.normalize());
            if (!buffered && !Files.exists(path)) {
                errors.add(show(path, shownFrom) + ": no such file or directory");
                continue;
            }
            List<Path> files;
            boolean explicit = buffered || !Files.isDirectory(path);
            boolean asFound = !explicit || namedFilesAsFound;
            if (!buffered && explicit && !Files.isRegularFile(path)) {
                // A FIFO or device would block the read forever.
                errors.add(show(path, shownFrom) + ": not a regular file");
                continue;
            }
            try {
                files = explicit ? List.of(path) : FileDiscovery.walk(path,
                        (file, e) -> errors.add(show(file, shownFrom) + ": cannot be read: " + e.getMessage()),
                        file -> warnings.add(show(file, shownFrom) + ": skipped: a symbolic link to nothing"));
            } catch (IOException e) {
                errors.add(show(path, shownFrom) + ": cannot be read: " + e.getMessage());
                continue;
            }
            for (Path file : files) {
                byte[] buffer = buffers.get(file.normalize());
                Path key = buffer != null ? file.normalize() : realPath(file);
                String display = show(file, shownFrom);
                if (!seen.add(key) || (asFound && excluded.test(file.toAbsolutePath().normalize()))) {
                    continue;
                }
                SourceFile source;
                try {
                    source = buffer != null ? SourceFile.decode(file.normalize(), display, buffer) : SourceFile.read(file, display);
                } catch (IOException e) {
                    String reason = e.getMessage() != null && e.getMessage().startsWith(display) ? e.getMessage() : display + ": cannot be read: " + e.getMessage();
                    if (explicit) {
                        errors.add(reason);
                    } else {
                        skipped.add(reason);
                    }
                    continue;
                }
                SourceModel model;
                try {
                    model = SourceModel.of(TreeParser.parse(source));
                } catch (RuntimeException | StackOverflowError e) {
                    // A bug in reading one file must not cost the findings of the others.
                    failures.add(new Linter.RuleFailure(null, display, e instanceof RuntimeException re ? re : new IllegalStateException(e)));
                    continue;
                }
                if (asFound && !isRelevant(model)) {
                    skipped.add(display + ": " + (model.document().hasSyntaxError() ? "does not parse and does not look like a template" : "neither a template nor a state machine definition"));
                    continue;
                }
                models.add(new Read(model, key, display));
            }
        }
        // A definition file that a template of this run reads through DefinitionUri is linted there, in the
        // context of its resource (substitutions, Express type), and not a second time on its own.
        Set<Path> readByTemplates = new HashSet<>();
        for (Read read : models) {
            read.model().definitionFiles().forEach(readByTemplates::add);
        }
        for (Read read : models) {
            linted.add(read.display());
            if (read.model().template() == null && readByTemplates.contains(read.realPath())) {
                continue;
            }
            Linter.Result result = linter.lint(read.model());
            findings.addAll(result.findings());
            failures.addAll(result.failures());
        }
        return new Outcome(findings, linted, skipped, warnings, errors, failures);
    }

    /** Relative to the base when the path was given relative, else absolute as given. */
    private static String show(Path file, Path shownFrom) {
        return shownFrom == null ? file.normalize().toString().replace('\\', '/') : FileDiscovery.displayPath(file, shownFrom);
    }

    /** The same file reached through a link and through its own path is linted once. */
    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static boolean isRelevant(SourceModel model) {
        if (model.kind() != DocumentKind.OTHER) {
            return true;
        }
        String name = model.source().path().getFileName().toString().toLowerCase(Locale.ROOT);
        // A *.asl.* file claims to be a definition: when it is not one, that is worth a finding.
        return DocumentKind.hasAslName(name) || (model.document().hasSyntaxError() && LOOKS_RELEVANT.matcher(model.source().text()).find());
    }
}
