package io.stacklint.rules.yaml;

import io.stacklint.source.FileDiscovery;
import io.stacklint.source.Problem;
import io.stacklint.source.SourceFile;
import io.stacklint.source.Span;
import io.stacklint.tree.MapNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A pack's help pages: {@code docs/<ID>.md} in the pack, the same kind of place as the built-in rules' pages
 * ({@code io/stacklint/rules/docs/<ID>.md} in the jar). An inline {@code help:} field is still read, for packs
 * written before pages had their own files, but a rule may not have both.
 */
final class PackDocs {
    private static final Pattern PAGE = Pattern.compile("[A-Z][A-Z0-9]*[0-9]{3}\\.md");

    private PackDocs() {
    }

    /** The page of the rule {@code root} defines, or null when the pack has none for it; problems are added with positions. */
    static String page(Path docs, MapNode root, Path base, List<Problem> problems) {
        String id = root.text("id");
        if (id == null) {
            return null;
        }
        Path file = docs.resolve(id + ".md");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String shown = FileDiscovery.displayPath(file, base);
        if (root.has("help")) {
            problems.add(RuleCompiler.at(root.entry("help").key(), "rule " + id + " has its help page both here and in " + shown + "; keep one"));
            return null;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(Problem.inFile(shown, "cannot be read: " + e.getMessage()));
            return null;
        }
        String mismatch = RuleCompiler.sectionsMismatch(text);
        if (mismatch != null) {
            problems.add(Problem.at(new Span(SourceFile.of(shown, text), 0, 0), "the help page of " + id + " " + mismatch));
        }
        return text;
    }

    /** Pages named after no rule of the pack (a typo in the id): they would be shown for nothing. */
    static List<Problem> orphans(Path docs, List<YamlRule> rules, Path base) {
        if (!Files.isDirectory(docs)) {
            return List.of();
        }
        Set<String> ids = rules.stream().map(r -> r.meta().id()).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(docs)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (PAGE.matcher(name).matches() && !ids.contains(name.substring(0, name.length() - 3))) {
                    problems.add(Problem.inFile(FileDiscovery.displayPath(file, base), "no rule of the pack has the id "
                            + name.substring(0, name.length() - 3) + ", so this help page is shown for nothing"));
                }
            }
        } catch (IOException e) {
            problems.add(Problem.inFile(FileDiscovery.displayPath(docs, base), "cannot be read: " + e.getMessage()));
        }
        return problems;
    }
}
