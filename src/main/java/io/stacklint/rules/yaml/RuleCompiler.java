package io.stacklint.rules.yaml;

import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.source.Problem;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns a rule file that passed the schema into a {@link YamlRule}, checking what a schema cannot: one
 * selector kind, one way to say when to report, paths, regexes, placeholders and help sections. Every
 * mistake is kept with its position; the caller refuses the file when there is any.
 */
final class RuleCompiler {
    private static final List<String> OPERATORS = List.of("present", "equals", "one-of", "matches", "glob", "gt", "gte", "lt", "lte",
            "type", "symbolic", "each", "some", "all-of", "any-of", "not");
    private static final java.util.Map<Selector.Kind, List<String>> ROOTS = java.util.Map.of(
            Selector.Kind.CFN_RESOURCE, List.of("$resource", "$template"),
            Selector.Kind.ASL_STATE, List.of("$state", "$machine", "$resource", "$template"),
            Selector.Kind.ASL_MACHINE, List.of("$machine", "$resource", "$template"),
            Selector.Kind.IAM_STATEMENT, List.of("$resource", "$template"));
    private static final List<String> STATE_TYPES = List.of("Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map");
    private static final List<String> SELECTORS = selectorKeys();
    static final List<String> HELP_SECTIONS = List.of("What it flags", "Why it matters", "Example", "Use instead", "Options", "References");

    private final String origin;
    private final List<Problem> problems;
    /** The selection's kind, once known: which {@code $...} roots its paths may start from. */
    private Selector.Kind selected;

    RuleCompiler(String origin, List<Problem> problems) {
        this.origin = origin;
        this.problems = problems;
    }

    static Problem at(Node node, String message) {
        return Problem.at(node.span(), message);
    }

    YamlRule compile(MapNode root) {
        String help = root.text("help");
        return compile(root, () -> help);
    }

    /** With the help page read by {@code help} (the built-in pack reads it only when a page is shown). */
    YamlRule compile(MapNode root, java.util.function.Supplier<String> helpText) {
        RuleMeta meta = new RuleMeta(root.text("id"), root.text("name"), root.text("title"), Severity.parse(root.text("severity")),
                strings(root.get("tags")), root.text("since"),
                root.has("status") ? RuleMeta.Status.valueOf(root.text("status").toUpperCase(Locale.ROOT)) : RuleMeta.Status.STABLE);
        if (root.text("help") != null) {
            checkHelp(root.get("help"), root.text("help"));
        }
        Selector selector = selector(root.map("select"));
        selected = selector.kind();
        Condition where = root.has("where") ? condition(root.get("where")) : Condition.ALWAYS;
        List<YamlRule.Case> cases = new ArrayList<>();
        int ways = (root.has("require") ? 1 : 0) + (root.has("when") ? 1 : 0) + (root.has("cases") ? 1 : 0);
        if (ways != 1) {
            problems.add(at(root.entries().get(0).key(), "a rule says when to report with exactly one of 'require', 'when' or 'cases'"
                    + (ways == 0 ? "; it has none" : "; it has " + ways)));
        } else if (root.has("cases")) {
            for (String field : List.of("message", "report-at")) {
                if (root.has(field)) {
                    problems.add(at(root.entry(field).key(), "'" + field + "' belongs in each of the 'cases' when a rule has cases"));
                }
            }
            for (Node item : root.seq("cases").items()) {
                cases.add(ruleCase(item.asMap(), null, selector.kind()));
            }
        } else {
            cases.add(ruleCase(root, meta.severity(), selector.kind()));
        }
        YamlRule.Body body = new YamlRule.Body(root.get("id").span(), selector, where, cases);
        return YamlRule.of(meta, helpText, origin, selector.subscription(), () -> body);
    }

    private YamlRule.Case ruleCase(MapNode node, Severity severity, Selector.Kind selected) {
        Condition when = Condition.ALWAYS;
        if (node.has("require") && node.has("when")) {
            problems.add(at(node.entry("when").key(), "a case has either 'require' or 'when', not both"));
        } else if (node.has("require")) {
            when = new Condition.Not(condition(node.get("require")));
        } else if (node.has("when")) {
            when = condition(node.get("when"));
        }
        MessageTemplate message = null;
        if (node.get("message") == null) {
            problems.add(at(node.entries().get(0).key(), "'message' is missing: say what is wrong and what AWS does about it"));
        } else {
            try {
                message = MessageTemplate.parse(node.text("message"));
                // A placeholder the selection never fills would print nothing in every finding.
                if (message.names().contains("state") && selected != Selector.Kind.ASL_STATE) {
                    problems.add(at(node.get("message"), "{state} names a state, but this rule selects no states (only asl-state does)"));
                }
                if (message.names().contains("machine") && selected != Selector.Kind.ASL_STATE && selected != Selector.Kind.ASL_MACHINE) {
                    problems.add(at(node.get("message"), "{machine} names a state machine, but this rule selects none (asl-state and asl-machine do)"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(at(node.get("message"), e.getMessage()));
            }
        }
        PathExpr reportAt = node.has("report-at") ? path(node.get("report-at"), false) : null;
        Severity own = Severity.parse(node.text("severity"));
        return new YamlRule.Case(when, severity != null ? severity : own, message, reportAt);
    }

    private Selector selector(MapNode node) {
        List<String> kinds = new ArrayList<>();
        for (String kind : SELECTORS) {
            if (node.has(kind)) {
                kinds.add(kind);
            }
        }
        if (kinds.size() != 1) {
            problems.add(at(node, "'select' names exactly one of " + String.join(", ", SELECTORS) + (kinds.isEmpty() ? "" : "; it names " + String.join(" and ", kinds))));
            return new Selector(new Selector.Subscription(Selector.Kind.CFN_RESOURCE, List.of(), false), List.of(), "any", List.of());
        }
        String kind = kinds.get(0);
        if (node.has("resource") && !kind.equals("asl-state")) {
            problems.add(at(node.entry("resource").key(), "'resource' (a Task Resource pattern) only goes with 'asl-state'"));
        }
        if (node.has("as-deployed") && !kind.equals("cfn-resource")) {
            problems.add(at(node.entry("as-deployed").key(), "'as-deployed' (read SAM resources as what they deploy) only goes with 'cfn-resource'"));
        }
        boolean asDeployed = "true".equals(node.text("as-deployed"));
        List<PathExpr> paths = new ArrayList<>();
        for (ScalarNode path : scalars(node.get("path"))) {
            paths.add(path(path, true));
        }
        List<Selector.Glob> globs = Selector.globs(strings(node.get(kind)));
        if (kind.equals("asl-state")) {
            // A misspelt state type would select nothing, and the rule would pass everything without a word.
            for (ScalarNode type : scalars(node.get(kind))) {
                if (!matchesAny(Selector.Glob.of(type.value()), STATE_TYPES)) {
                    problems.add(at(type, "'" + type.value() + "' matches no state type (" + String.join(", ", STATE_TYPES) + ", or \"*\" for all)"));
                }
            }
        }
        List<Selector.Glob> resources = Selector.globs(strings(node.get("resource")));
        return switch (Selector.Kind.named(kind)) {
            case CFN_RESOURCE -> new Selector(new Selector.Subscription(Selector.Kind.CFN_RESOURCE, globs, asDeployed), List.of(), "any", paths);
            case ASL_STATE -> new Selector(new Selector.Subscription(Selector.Kind.ASL_STATE, globs, false), resources, "any", paths);
            case ASL_MACHINE -> new Selector(new Selector.Subscription(Selector.Kind.ASL_MACHINE, List.of(), false), List.of(), "any", paths);
            case IAM_STATEMENT -> new Selector(new Selector.Subscription(Selector.Kind.IAM_STATEMENT, List.of(), false), List.of(), node.text("iam-statement"), paths);
        };
    }

    private static List<String> selectorKeys() {
        List<String> keys = new ArrayList<>();
        for (Selector.Kind kind : Selector.Kind.values()) {
            keys.add(kind.key());
        }
        return List.copyOf(keys);
    }

    private Condition condition(Node node) {
        MapNode map = node.asMap();
        if (map.size() == 0 || (map.size() == 1 && map.has("path"))) {
            problems.add(at(node, "a condition needs at least one test (" + String.join(", ", OPERATORS) + ")"));
            return Condition.ALWAYS;
        }
        PathExpr path = map.has("path") ? path(map.get("path"), false) : PathExpr.SELF;
        List<Condition> tests = new ArrayList<>();
        for (Entry entry : map.entries()) {
            Node value = entry.value();
            switch (entry.name()) {
                case "path" -> { }
                case "present" -> tests.add(new Condition.Present(Boolean.parseBoolean(value.text())));
                case "equals" -> tests.add(new Condition.Equals(List.of(value.asScalar())));
                case "one-of" -> tests.add(new Condition.Equals(scalars(value)));
                case "matches" -> tests.add(regex(value.asScalar()));
                case "glob" -> tests.add(new Condition.Glob(Selector.glob(value.text())));
                case "gt", "gte", "lt", "lte" -> tests.add(new Condition.Compare(entry.name(), value.asScalar().number()));
                case "type" -> tests.add(new Condition.Type(value.text()));
                case "symbolic" -> tests.add(new Condition.Symbolic(Boolean.parseBoolean(value.text())));
                case "each" -> tests.add(new Condition.Items(condition(value), true));
                case "some" -> tests.add(new Condition.Items(condition(value), false));
                case "all-of" -> tests.add(new Condition.AllOf(conditions(value.asSeq())));
                case "any-of" -> tests.add(new Condition.AnyOf(conditions(value.asSeq())));
                case "not" -> tests.add(new Condition.Not(condition(value)));
                default -> throw new IllegalStateException("schema let through " + entry.name());
            }
        }
        return new Condition.AtPath(path, List.copyOf(tests));
    }

    private List<Condition> conditions(SeqNode items) {
        List<Condition> out = new ArrayList<>(items.size());
        for (Node item : items.items()) {
            out.add(condition(item));
        }
        return List.copyOf(out);
    }

    private Condition regex(ScalarNode node) {
        try {
            return new Condition.Matches(new BoundedRegex(Pattern.compile(node.value()), node.span().toString()));
        } catch (PatternSyntaxException e) {
            problems.add(at(node, "'" + node.value() + "' is not a valid regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " near index " + e.getIndex() : "")));
            return Condition.ALWAYS;
        }
    }

    private PathExpr path(Node node, boolean wildcard) {
        try {
            PathExpr path = PathExpr.parse(node.text(), wildcard);
            String start = path.rootName();
            if (start != null && selected != null && !ROOTS.get(selected).contains(start)) {
                // Such a path would lead nowhere in every file, and its condition would quietly never hold.
                problems.add(at(node, "'" + start + "' does not exist for this rule's selection; it may start paths from "
                        + String.join(", ", ROOTS.get(selected))));
            }
            return path;
        } catch (IllegalArgumentException e) {
            problems.add(at(node, e.getMessage()));
            return PathExpr.SELF;
        }
    }

    private void checkHelp(Node node, String help) {
        String mismatch = sectionsMismatch(help);
        if (mismatch != null) {
            problems.add(at(node, "'help' " + mismatch));
        }
    }

    /** Null when a help page has exactly the fixed sections, in order; else what is wrong ("has the sections [...]; ..."). */
    static String sectionsMismatch(String help) {
        List<String> found = new ArrayList<>();
        boolean inCode = false;
        for (String line : help.split("\n", -1)) {
            if (line.startsWith("```")) {
                inCode = !inCode;
            }
            if (!inCode && line.startsWith("## ")) {
                found.add(line.substring(3).trim());
            }
        }
        return found.equals(HELP_SECTIONS) ? null
                : "has the sections " + found + "; it must have exactly " + HELP_SECTIONS.stream().map(s -> "## " + s).toList();
    }

    private static List<ScalarNode> scalars(Node node) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof SeqNode seq) {
            List<ScalarNode> out = new ArrayList<>(seq.size());
            for (Node item : seq.items()) {
                out.add(item.asScalar());
            }
            return Collections.unmodifiableList(out);
        }
        return Collections.singletonList(node.asScalar());
    }

    private static List<String> strings(Node node) {
        List<String> out = new ArrayList<>();
        for (ScalarNode scalar : scalars(node)) {
            out.add(scalar.value());
        }
        return Collections.unmodifiableList(out);
    }

    private static boolean matchesAny(Selector.Glob glob, List<String> texts) {
        for (String text : texts) {
            if (glob.matches(text)) {
                return true;
            }
        }
        return false;
    }
}
