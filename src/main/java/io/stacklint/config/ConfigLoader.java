package io.stacklint.config;

import io.stacklint.parse.ParseProblem;
import io.stacklint.parse.ParsedDocument;
import io.stacklint.parse.TreeParser;
import io.stacklint.parse.FileSchema;
import io.stacklint.source.FileDiscovery;
import io.stacklint.source.Problem;
import io.stacklint.source.ProblemException;
import io.stacklint.source.SourceFile;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds and reads {@code .stacklint.yaml}, checked against its JSON Schema, every mistake reported at its position. */
public final class ConfigLoader {
    public static final List<String> FILE_NAMES = List.of(".stacklint.yaml", ".stacklint.yml");
    private static final FileSchema SCHEMA = new FileSchema("/io/stacklint/config/stacklint-config.schema.json",
            new FileSchema.Words("the configuration", "setting", Map.of(), Map.of()));


    private ConfigLoader() {
    }

    /** The nearest config file in {@code start} or a directory above it. */
    public static Optional<Path> find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            for (String name : FILE_NAMES) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The configuration a command uses, decided the same way for every command: {@code --config FILE} (relative to
     * the working directory; a directory or a missing file is a mistake), else none with {@code --no-config}, else
     * the nearest {@code .stacklint.yaml}. Both options at once contradict each other, so that is a mistake too.
     */
    public static ProjectConfig resolve(Path explicit, boolean none, Path workingDirectory) throws ProblemException {
        if (explicit != null && none) {
            throw new ProblemException(Problem.of("--config " + explicit + " and --no-config contradict each other; give one of them"));
        }
        if (none) {
            return ProjectConfig.empty();
        }
        if (explicit != null) {
            Path file = workingDirectory.resolve(explicit);
            if (Files.isDirectory(file)) {
                throw new ProblemException(Problem.inFile(explicit.toString(), "is a directory; --config takes the configuration file itself"));
            }
            if (!Files.isRegularFile(file)) {
                throw new ProblemException(Problem.inFile(explicit.toString(), "no such configuration file"));
            }
            return load(file, workingDirectory);
        }
        Optional<Path> found = find(workingDirectory);
        return found.isPresent() ? load(found.get(), workingDirectory) : ProjectConfig.empty();
    }

    public static ProjectConfig load(Path file, Path base) throws ProblemException {
        String display = FileDiscovery.displayPath(file, base.toAbsolutePath().normalize());
        SourceFile source;
        try {
            source = SourceFile.read(file, display);
        } catch (IOException e) {
            throw new ProblemException(Problem.inFile(display, "cannot read the configuration: " + e.getMessage()));
        }
        ParsedDocument document = TreeParser.parse(source);
        List<Problem> problems = new ArrayList<>();
        for (ParseProblem problem : document.problems()) {
            problems.add(Problem.at(problem.span(), problem.message()));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        if (document.root() == null) {
            return ProjectConfig.empty();
        }
        problems.addAll(SCHEMA.validate(document.root()));
        if (problems.isEmpty()) {
            validateGlobs(document.root().asMap(), problems);
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        MapNode root = document.root().asMap();
        Map<ScalarNode, String> severities = new LinkedHashMap<>();
        if (root.map("severity") != null) {
            for (Entry entry : root.map("severity").entries()) {
                severities.put(entry.key(), entry.value().text());
            }
        }
        return new ProjectConfig(display, root.text("fail-on"), scalars(root.get("enable")), scalars(root.get("disable")),
                severities, scalars(root.get("exclude")).stream().map(ScalarNode::value).toList(),
                file.toAbsolutePath().normalize().getParent(), scalars(root.get("plugins")), scalars(root.get("rules")),
                root.has("preview") ? Boolean.valueOf(root.text("preview")) : null);
    }

    private static void validateGlobs(MapNode root, List<Problem> problems) {
        for (ScalarNode glob : scalars(root.get("exclude"))) {
            try {
                java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob.value());
            } catch (IllegalArgumentException e) {
                String reason = e instanceof java.util.regex.PatternSyntaxException syntax ? syntax.getDescription() : e.getMessage();
                problems.add(Problem.at(glob.span(), "'" + glob.value() + "' is not a valid glob: " + reason));
            }
        }
    }

    private static List<ScalarNode> scalars(Node list) {
        return list == null || list.asSeq() == null ? List.of() : list.asSeq().items().stream().map(Node::asScalar).toList();
    }
}
