package io.stacklint.rules.engine;

import io.stacklint.model.DocumentKind;
import io.stacklint.model.SourceModel;
import io.stacklint.model.SourceModels;
import io.stacklint.parse.TreeParser;
import io.stacklint.rules.api.Finding;
import io.stacklint.source.FileDiscovery;
import io.stacklint.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One lint run over the paths a user gave: finds the files, then parses and lints each on its own and drops
 * its model, so memory holds a few files at a time and not the corpus. Files are linted by {@code jobs}
 * threads; what each gives is put together in the order of the files, so the outcome is the same whatever
 * the number of threads. A file that cannot be parsed does not stop the others.
 *
 * <p>The run reads the files that templates name in {@code DefinitionUri} ({@link DefinitionFileReader}) and
 * hands them to each template's model as trees; of them it keeps only their real paths. A definition file
 * read so is linted there, in the context of its resource, and not on its own: files named {@code *.asl.*}
 * are linted after the others, so that one a template read is not parsed again (one named otherwise, found
 * before its template, is linted and its findings dropped).
 */
public final class LintRun {
    /** What happened to a path the run was given or found. */
    public record Outcome(List<Finding> findings, List<String> linted, List<String> skipped, List<String> warnings,
                          List<String> errors, List<Linter.RuleFailure> failures, List<Linter.Remark> remarks) {
    }

    /** A file to lint, as the walk found it (or as it was named: {@code explicit}). */
    private record Candidate(Path file, Path realPath, String display, boolean explicit, boolean asFound, Path scope, byte[] buffer) {
    }

    /**
     * What linting one file gave: whether it was linted, skipped or could not be read (with why), and its
     * findings. Its model is not kept.
     */
    private record FileOutcome(Candidate candidate, boolean linted, String skipped, String error, boolean definitionOnly,
                               List<Finding> findings, List<Linter.RuleFailure> failures, List<Linter.Remark> remarks) {
        static FileOutcome skipped(Candidate candidate, String why) {
            return new FileOutcome(candidate, false, why, null, false, List.of(), List.of(), List.of());
        }

        static FileOutcome error(Candidate candidate, String why) {
            return new FileOutcome(candidate, false, null, why, false, List.of(), List.of(), List.of());
        }

        /** A definition file a template of the run read: linted there, with its resource. */
        static FileOutcome readByTemplate(Candidate candidate) {
            return new FileOutcome(candidate, true, null, null, true, List.of(), List.of(), List.of());
        }
    }

    /**
     * What the run keeps of the DefinitionUri files its templates read (from any thread): their real paths, and
     * which of them hold a definition whatever their name.
     */
    private static final class DefinitionsRead {
        final Set<Path> files = java.util.concurrent.ConcurrentHashMap.newKeySet();
        final Set<Path> definitions = java.util.concurrent.ConcurrentHashMap.newKeySet();

        void add(Path realPath, boolean definition) {
            files.add(realPath);
            if (definition) {
                definitions.add(realPath);
            }
        }
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
     * This run treats the files it is given as a directory walk treats the files it finds: those that are neither
     * a template nor a definition, and excluded ones, are skipped rather than reported. A pre-commit hook is handed
     * every staged YAML and JSON file; a person who names a file is still told when it is not one.
     */
    public LintRun treatingNamedFilesAsFound() {
        LintRun run = new LintRun(linter, base, workingDirectory, excluded, true);
        run.buffers.putAll(buffers);
        return run;
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

    public Outcome run(List<Path> paths) {
        return run(paths, 1);
    }

    /** Lints with {@code jobs} threads (1: on the calling thread); the outcome does not depend on the number. */
    public Outcome run(List<Path> paths, int jobs) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Object> plan = discover(paths, errors, warnings);
        DefinitionsRead read = new DefinitionsRead();
        List<FileOutcome> outcomes = lintAll(plan, jobs, read);
        List<Finding> findings = new ArrayList<>();
        List<String> linted = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Linter.RuleFailure> failures = new ArrayList<>();
        List<Linter.Remark> remarks = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            if (outcome.skipped() != null) {
                skipped.add(outcome.skipped());
            }
            if (outcome.error() != null) {
                errors.add(outcome.error());
            }
            if (outcome.linted()) {
                linted.add(outcome.candidate().display());
            }
            // Linted before a template of this run read it: its own findings are the template's already.
            if (outcome.definitionOnly() && read.files.contains(outcome.candidate().realPath())) {
                continue;
            }
            findings.addAll(outcome.findings());
            failures.addAll(outcome.failures());
            remarks.addAll(outcome.remarks());
        }
        return new Outcome(findings, linted, skipped, warnings, errors, failures, remarks);
    }

    /**
     * The files of the run in order, each a {@link Candidate} to lint or a {@link FileOutcome} decided without
     * reading it (excluded); paths that do not exist or cannot be walked become errors and warnings here.
     */
    private List<Object> discover(List<Path> paths, List<String> errors, List<String> warnings) {
        List<Object> plan = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
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
                        (file, reason) -> warnings.add(show(file, shownFrom) + ": skipped: " + reason));
            } catch (IOException e) {
                errors.add(show(path, shownFrom) + ": cannot be read: " + e.getMessage());
                continue;
            }
            // DefinitionUri files are followed anywhere inside what the user gave: the directory, or a named file's own.
            Path scope = explicit ? path.toAbsolutePath().getParent() : path;
            for (Path file : files) {
                byte[] buffer = buffers.get(file.normalize());
                Path key = buffer != null ? file.normalize() : realPath(file);
                if (!seen.add(key)) {
                    continue;
                }
                Candidate candidate = new Candidate(file, key, show(file, shownFrom), explicit, asFound, scope, buffer);
                boolean out = asFound && excluded.test(file.toAbsolutePath().normalize());
                plan.add(out ? FileOutcome.skipped(candidate, candidate.display() + ": excluded by the configuration") : candidate);
            }
        }
        return plan;
    }

    /**
     * Lints the plan in two rounds: first every file but those named as definitions ({@code *.asl.*}), then
     * those, so that a definition file a template of the run has read by then is not parsed or linted again.
     */
    private List<FileOutcome> lintAll(List<Object> plan, int jobs, DefinitionsRead read) {
        FileOutcome[] out = new FileOutcome[plan.size()];
        List<List<Integer>> rounds = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < plan.size(); i++) {
            rounds.get(isDefinitionByName(plan.get(i)) ? 1 : 0).add(i);
        }
        if (jobs <= 1 || plan.size() <= 1) {
            rounds.forEach(round -> round.forEach(i -> out[i] = lintOne(plan.get(i), read)));
            return List.of(out);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, plan.size()), runnable -> {
            Thread thread = new Thread(runnable, "stacklint-lint");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (List<Integer> round : rounds) {
                List<Future<FileOutcome>> futures = new ArrayList<>(round.size());
                for (int i : round) {
                    Object step = plan.get(i);
                    futures.add(pool.submit(() -> lintOne(step, read)));
                }
                for (int k = 0; k < round.size(); k++) {
                    out[round.get(k)] = await(futures.get(k));
                }
            }
            return List.of(out);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The outcome of one file's task; what the task threw (out of memory, say) is thrown here, on the run's thread. */
    private static FileOutcome await(Future<FileOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the lint run was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private static boolean isDefinitionByName(Object step) {
        return step instanceof Candidate candidate && candidate.file().getFileName() != null
                && DocumentKind.hasAslName(candidate.file().getFileName().toString());
    }

    private FileOutcome lintOne(Object step, DefinitionsRead read) {
        if (step instanceof FileOutcome decided) {
            return decided;
        }
        Candidate candidate = (Candidate) step;
        if (candidate.buffer() == null && read.definitions.contains(candidate.realPath())) {
            return FileOutcome.readByTemplate(candidate);
        }
        String display = candidate.display();
        SourceFile source;
        try {
            source = candidate.buffer() != null ? SourceFile.decode(candidate.file().normalize(), display, candidate.buffer())
                    : SourceFile.read(candidate.file(), display);
        } catch (IOException e) {
            String reason = e.getMessage() != null && e.getMessage().startsWith(display) ? e.getMessage() : display + ": cannot be read: " + e.getMessage();
            return candidate.explicit() ? FileOutcome.error(candidate, reason) : FileOutcome.skipped(candidate, reason);
        }
        SourceModel model;
        try {
            model = SourceModels.of(TreeParser.parse(source), new DefinitionFileReader(candidate.scope(), read::add));
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in reading one file must not cost the findings of the others.
            Linter.RuleFailure failure = new Linter.RuleFailure(null, display, e instanceof RuntimeException re ? re : new IllegalStateException(e));
            return new FileOutcome(candidate, false, null, null, false, List.of(), List.of(failure), List.of());
        }
        if (candidate.asFound() && !isRelevant(model)) {
            return FileOutcome.skipped(candidate, display + ": " + (SourceModels.document(model).hasSyntaxError()
                    ? "does not parse and does not look like a template" : "neither a template nor a state machine definition"));
        }
        Linter.Result result = linter.lint(model);
        return new FileOutcome(candidate, true, null, null, model.template() == null, result.findings(), result.failures(), result.remarks());
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
        return DocumentKind.hasAslName(name) || (SourceModels.document(model).hasSyntaxError() && LOOKS_RELEVANT.matcher(model.source().text()).find());
    }
}
