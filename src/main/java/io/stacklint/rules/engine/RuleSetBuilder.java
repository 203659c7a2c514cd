package io.stacklint.rules.engine;

import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.source.Problem;
import io.stacklint.source.ProblemException;
import io.stacklint.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a run, assembled from where each comes from (built in, a plugin jar, a rule pack's file), and every
 * check on the set made here, once: one id and one name per rule among all of them, the id prefixes of the built-in
 * rules reserved for built-in rules, and what only plugin code can get wrong. Each problem is at the place that
 * declared the rule (the rule file's id, the {@code plugins:} entry or {@code --plugin}), worded as that place
 * speaks of itself; a refused rule claims nothing, so the rules after it are judged against the rest only.
 */
public final class RuleSetBuilder {
    /** Where a rule comes from. */
    public enum Kind { BUILTIN, PLUGIN, PACK }

    /**
     * One rule and its origin.
     *
     * @param jar    for a plugin's rule, its jar
     * @param idAt   for a pack's rule, where its id is written
     * @param origin what messages name as its home: a rule file, or the class of a Java rule
     */
    private record Entry(Rule rule, Kind kind, PluginLoader.PluginJar jar, Span idAt, String origin, boolean replacing) {
        RuleMeta meta() {
            return rule.meta();
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** A built-in rule; {@code origin} is what a clash names as its home (its rule file, or its class). */
    public RuleSetBuilder builtin(Rule rule, String origin) {
        entries.add(new Entry(rule, Kind.BUILTIN, null, null, origin, false));
        return this;
    }

    public RuleSetBuilder plugin(Rule rule, PluginLoader.PluginJar jar) {
        entries.add(new Entry(rule, Kind.PLUGIN, jar, null, rule.getClass().getName(), false));
        return this;
    }

    /** A rule of a pack, written in {@code origin} with its id at {@code idAt}. */
    public RuleSetBuilder pack(Rule rule, Span idAt, String origin) {
        entries.add(new Entry(rule, Kind.PACK, null, idAt, origin, false));
        return this;
    }

    /** A pack's rule that takes the place of the built-in rule with its id ({@code test-rules} tests the built-in pack from its files). */
    public RuleSetBuilder replacing(Rule rule, Span idAt, String origin) {
        entries.add(new Entry(rule, Kind.PACK, null, idAt, origin, true));
        return this;
    }

    /** The rules, or every problem with them. */
    public RuleRegistry build() throws ProblemException {
        List<Problem> problems = new ArrayList<>();
        List<Rule> accepted = check(problems);
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        return new RuleRegistry(accepted, true);
    }

    private List<Rule> check(List<Problem> problems) {
        // Loops, not streams: this runs at every start, before anything else has linked a lambda.
        Set<String> reserved = new HashSet<>();
        Set<String> replaced = new HashSet<>();
        for (Entry entry : entries) {
            if (entry.kind() == Kind.BUILTIN) {
                reserved.add(prefix(entry.meta().id()));
            }
            if (entry.replacing()) {
                replaced.add(entry.meta().id());
            }
        }
        Map<String, Entry> ids = new HashMap<>();
        Map<String, Entry> names = new HashMap<>();
        Map<String, Rule> accepted = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (entry.kind() == Kind.BUILTIN && replaced.contains(entry.meta().id())) {
                continue;
            }
            List<Problem> own = new ArrayList<>();
            Entry sameId = ids.get(entry.meta().id());
            if (sameId != null) {
                own.add(clash(entry, "id", sameId));
            }
            Entry sameName = names.get(entry.meta().name());
            if (sameName != null) {
                own.add(clash(entry, "name", sameName));
            }
            String prefix = prefix(entry.meta().id());
            if (own.isEmpty() && entry.kind() != Kind.BUILTIN && !entry.replacing() && reserved.contains(prefix)) {
                own.add(reservedPrefix(entry, prefix));
            }
            if (entry.kind() == Kind.PLUGIN) {
                for (String problem : PluginRuleCheck.declarationProblems(entry.rule())) {
                    own.add(entry.jar().problem(self(entry) + problem));
                }
            }
            if (own.isEmpty()) {
                ids.put(entry.meta().id(), entry);
                names.put(entry.meta().name(), entry);
                accepted.put(entry.meta().id(), entry.rule());
            }
            problems.addAll(own);
        }
        return new ArrayList<>(accepted.values());
    }

    private static Problem clash(Entry entry, String what, Entry other) {
        RuleMeta meta = entry.meta();
        return switch (entry.kind()) {
            case BUILTIN -> Problem.of("two rules have the " + what + " " + (what.equals("id") ? meta.id() : meta.name()) + ": "
                    + other.origin() + " and " + entry.origin());
            case PLUGIN -> entry.jar().problem(self(entry) + " has the same " + what + " as " + owner(other) + "; rule ids and names must be unique");
            case PACK -> Problem.at(entry.idAt(), what.equals("id")
                    ? "rule id " + meta.id() + " is already used by " + (other.kind() == Kind.PACK ? other.idAt().toString() : described(other, true))
                    : "rule name '" + meta.name() + "' is already used by "
                            + (other.kind() == Kind.PACK ? other.meta().id() + " at " + other.idAt() : described(other, false)));
        };
    }

    private static Problem reservedPrefix(Entry entry, String prefix) {
        return entry.kind() == Kind.PLUGIN
                ? entry.jar().problem(self(entry) + " uses the prefix " + prefix
                        + ", which is reserved for built-in rules; give the plugin's rules a prefix of their own")
                : Problem.at(entry.idAt(), "rule id " + entry.meta().id() + ": the prefix " + prefix
                        + " is reserved for built-in rules; give your rules a prefix of your own (ACME001)");
    }

    /** A plugin's rule as its problems name it: {@code rule ACME001 (task-without-comment)}. */
    private static String self(Entry entry) {
        return "rule " + entry.meta().id() + " (" + entry.meta().name() + ")";
    }

    /** The rule another plugin's rule clashes with: {@code built-in rule ASL001 (task-without-timeout)}, {@code acme.jar rule ...}. */
    private static String owner(Entry other) {
        String home = switch (other.kind()) {
            case BUILTIN -> "built-in";
            case PLUGIN -> other.jar().shownAs();
            case PACK -> other.origin();
        };
        return home + " " + self(other);
    }

    /** The rule a pack's rule clashes with: {@code the built-in rule ASL001 task-without-timeout (stacklint:rules/...)}. */
    private static String described(Entry other, boolean withName) {
        String kind = other.kind() == Kind.PLUGIN ? "the plugin rule" : "the built-in rule";
        return kind + " " + other.meta().id() + (withName ? " " + other.meta().name() : "") + " (" + other.origin() + ")";
    }

    /** {@code ASL001} → {@code ASL}. A loop, not a regex: it runs for every rule at every start, and the pattern would be compiled each time. */
    private static String prefix(String id) {
        int end = id.length();
        while (end > 0 && id.charAt(end - 1) >= '0' && id.charAt(end - 1) <= '9') {
            end--;
        }
        return id.substring(0, end);
    }
}
