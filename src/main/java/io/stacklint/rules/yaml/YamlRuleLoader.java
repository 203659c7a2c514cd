package io.stacklint.rules.yaml;

import io.stacklint.parse.ParseProblem;
import io.stacklint.parse.ParsedDocument;
import io.stacklint.parse.TreeParser;
import io.stacklint.source.FileDiscovery;
import io.stacklint.source.Problem;
import io.stacklint.source.ProblemException;
import io.stacklint.source.SourceFile;
import io.stacklint.tree.MapNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads declarative rules: the built-in pack, as the build packed it into the jar (no class-path scanning, no
 * YAML: {@link BuiltinPack}), or the rule files of a directory. A file is checked against {@code yaml-rule.schema.json}, then compiled;
 * every mistake is a {@code file:line:col: message} problem, and no broken file is ever skipped in silence.
 */
public final class YamlRuleLoader {
    /** The directory of a pack that holds its test fixtures, not rules. */
    public static final String TESTS_DIRECTORY = "tests";
    /** The directory of a pack that holds its rules' help pages, one {@code <ID>.md} each. */
    static final String DOCS_DIRECTORY = "docs";

    private YamlRuleLoader() {
    }

    /**
     * The built-in pack: a start-up that a pre-commit hook pays every time reads no YAML for it and compiles each
     * rule only when a file gives it something to check ({@link BuiltinPack}), and does not check it against the
     * schema (the test suite does).
     */
    public static List<YamlRule> builtin() {
        return BuiltinPack.rules();
    }

    /** Every rule file of a directory ({@code *.yaml}, {@code *.yml}, at any depth, but not under {@code tests/} or hidden directories). */
    static List<Path> ruleFiles(Path directory) throws IOException {
        List<IOException> failures = new ArrayList<>();
        List<Path> files = ruleFiles(directory, (entry, e) -> failures.add(e));
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return files;
    }

    /** The rule files of a directory; each entry that cannot be read is handed to {@code unreadable}, and the walk goes on. */
    static List<Path> ruleFiles(Path directory, java.util.function.BiConsumer<Path, IOException> unreadable) throws IOException {
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(directory, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
                Path relative = directory.relativize(dir);
                boolean skipped = relative.getNameCount() > 0 && !relative.toString().isEmpty()
                        && (relative.getFileName().toString().startsWith(".") || relative.toString().equals(TESTS_DIRECTORY));
                return skipped ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isRuleFile(directory.relativize(file))) {
                    out.add(file);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                unreadable.accept(file, e);
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult postVisitDirectory(Path dir, IOException e) {
                // A listing that failed part-way (an entry of /proc vanished, say) is reported, not thrown.
                if (e != null) {
                    unreadable.accept(dir, e);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        out.sort(Comparator.comparing(Path::toString));
        return out;
    }

    private static boolean isRuleFile(Path relative) {
        String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".yaml") || name.endsWith(".yml"))) {
            return false;
        }
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String dir = relative.getName(i).toString();
            if (dir.startsWith(".") || (i == 0 && dir.equals(TESTS_DIRECTORY))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The rules of a directory (or of one rule file); files are shown relative to {@code base}. Whether they go together
     * with each other and with the other rules of a run is {@code RuleSetBuilder}'s to check.
     */
    public static List<YamlRule> loadDirectory(Path directory, Path base) throws ProblemException {
        String shown = FileDiscovery.displayPath(directory, base);
        if (!Files.exists(directory)) {
            throw new ProblemException(Problem.inFile(shown, "no such rule directory or file"));
        }
        List<Problem> problems = new ArrayList<>();
        List<YamlRule> out = new ArrayList<>();
        // Help pages sit in the pack's docs/ folder (the folder of a rule file given on its own), one <ID>.md per rule.
        Path docs = (Files.isDirectory(directory) ? directory : directory.toAbsolutePath().getParent()).resolve(DOCS_DIRECTORY);
        List<Path> files;
        List<Problem> unreadable = new ArrayList<>();
        try {
            // One rule file may be given on its own, as a pack of one.
            files = Files.isDirectory(directory) ? ruleFiles(directory, (entry, e) -> unreadable.add(Problem.inFile(
                    FileDiscovery.displayPath(entry, base), "cannot be read: " + (e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage()))))
                    : List.of(directory);
        } catch (IOException e) {
            throw new ProblemException(Problem.inFile(shown, "cannot be read: " + e.getMessage()));
        }
        if (!unreadable.isEmpty()) {
            // A pack that cannot be read whole is not run in part; a tree such as /proc names its first few entries.
            List<Problem> named = new ArrayList<>(unreadable.subList(0, Math.min(5, unreadable.size())));
            if (unreadable.size() > named.size()) {
                named.add(Problem.inFile(shown, (unreadable.size() - named.size()) + " more entries cannot be read"));
            }
            throw new ProblemException(named);
        }
        for (Path file : files) {
            String display = FileDiscovery.displayPath(file, base);
            try {
                YamlRule rule = compile(SourceFile.read(file, display), problems, true, docs, base);
                if (rule != null) {
                    out.add(rule);
                }
            } catch (IOException e) {
                problems.add(Problem.inFile(display, "cannot be read: " + e.getMessage()));
            }
        }
        if (files.isEmpty()) {
            problems.add(Problem.inFile(shown, "no rule files (*.yaml) in this directory"));
        }
        if (Files.isDirectory(directory)) {
            problems.addAll(PackDocs.orphans(docs, out, base));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        return out;
    }

    /** One rule file, or null with its problems added. */
    public static YamlRule compile(SourceFile source, List<Problem> problems) {
        return compile(source, problems, true, null, null);
    }

    /** With {@code docs}, the pack's folder of help pages: the rule's page is {@code docs/<ID>.md} when that file exists. */
    private static YamlRule compile(SourceFile source, List<Problem> problems, boolean validate, Path docs, Path base) {
        ParsedDocument document = TreeParser.parse(source);
        int before = problems.size();
        for (ParseProblem problem : document.problems()) {
            problems.add(Problem.at(problem.span(), problem.message()));
        }
        if (problems.size() > before) {
            return null;
        }
        if (!(document.root() instanceof MapNode root)) {
            problems.add(Problem.at(new io.stacklint.source.Span(source, 0, 0), "a rule file holds one mapping (id, name, title, severity, since, select, ...)"));
            return null;
        }
        if (validate) {
            RuleSchema.validate(root, problems);
        }
        if (problems.size() > before) {
            return null;
        }
        RuleCompiler compiler = new RuleCompiler(source.displayPath(), problems);
        String page = docs == null ? null : PackDocs.page(docs, root, base, problems);
        YamlRule rule = page == null ? compiler.compile(root) : compiler.compile(root, () -> page);
        return problems.size() > before ? null : rule;
    }

}
