package io.stacklint.testing;

import io.stacklint.rules.api.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tests rules against their fixtures, as the project tests its own: {@code FIXTURES/<ID>/bad*} must expect at
 * least one finding of the rule and produce exactly the findings its markers (or {@code .expected} sidecar)
 * name, {@code good*} must expect and produce none, other files exactly their markers; every marker names
 * its column.
 */
public final class PackTester {
    /** The verdict on one rule: the fixtures it was run on, and what went wrong (empty: it passed). */
    public record Verdict(String ruleId, List<String> fixtures, List<String> problems) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    private PackTester() {
    }

    /**
     * @param rule     the rule under test
     * @param all      every rule of the run, so fixtures are linted as a real run would lint them
     * @param fixtures the directory holding {@code <ID>/} fixture directories
     * @param base     what fixture paths are shown relative to
     */
    public static Verdict test(Rule rule, List<Rule> all, Path fixtures, Path base) {
        String id = rule.meta().id();
        List<String> problems = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        List<Path> files = files(fixtures.resolve(id));
        if (files.stream().noneMatch(f -> f.getFileName().toString().startsWith("bad"))
                || files.stream().noneMatch(f -> f.getFileName().toString().startsWith("good"))) {
            problems.add("needs at least one bad* and one good* fixture in " + show(fixtures.resolve(id), base) + "/");
        }
        for (Path file : files) {
            String display = show(file, base);
            shown.add(display);
            try {
                problems.addAll(check(rule, all, file, display));
            } catch (IOException e) {
                problems.add(display + ": cannot be read: " + e.getMessage());
            } catch (IllegalStateException | AssertionError e) {
                problems.add(display + ": " + e.getMessage());
            }
        }
        return new Verdict(id, shown, problems);
    }

    private static List<String> check(Rule rule, List<Rule> all, Path file, String display) throws IOException {
        String id = rule.meta().id();
        String name = file.getFileName().toString();
        List<String> problems = new ArrayList<>();
        List<Expectation> expected = Expectations.read(file, display);
        if (name.startsWith("bad") && expected.stream().noneMatch(e -> e.ruleId().equals(id))) {
            problems.add(display + ": a bad fixture must expect at least one " + id + " finding (# expect: COL " + id + " \"fragment\")");
        }
        if (name.startsWith("good") && expected.stream().anyMatch(e -> e.ruleId().equals(id))) {
            problems.add(display + ": a good fixture must expect no " + id + " finding");
        }
        expected.stream().filter(e -> e.column() == null).forEach(e -> problems.add(e.origin() + ": the marker must name its column"));
        Set<String> known = new java.util.HashSet<>();
        all.forEach(r -> known.add(r.meta().id()));
        expected.stream().filter(e -> !known.contains(e.ruleId()))
                .forEach(e -> problems.add(e.origin() + ": the marker names " + e.ruleId() + ", which no loaded rule has"));
        problems.addAll(FixtureCheck.mismatches(file, display, Set.of(id), all));
        if (name.startsWith("good")) {
            // A good fixture that does not parse proves nothing: the rule never saw what it was meant to pass.
            FixtureCheck.lint(file, all).stream().filter(f -> f.rule().id().equals("PARSE001") && !f.isSuppressed())
                    .findFirst().ifPresent(f -> problems.add(display + ": a good fixture must parse; " + f.start() + ": " + f.message()));
        }
        return problems;
    }

    static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".expected")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String show(Path file, Path base) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
