package io.stacklint.rules.engine;

import io.stacklint.rules.api.Rule;
import io.stacklint.source.ProblemException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rules a run knows, looked up by id or name; {@link RuleSetBuilder} decides which rules may be together. */
public final class RuleRegistry {
    private final Map<String, Rule> byId = new LinkedHashMap<>();
    private final Map<String, Rule> byName = new LinkedHashMap<>();

    /** Rules that must already go together (the built-in ones, a test's): two with one id or one name are a bug, refused. */
    public RuleRegistry(List<? extends Rule> rules) {
        this(checked(rules), true);
    }

    /** Rules {@link RuleSetBuilder} has checked. */
    RuleRegistry(List<? extends Rule> rules, boolean checked) {
        for (Rule rule : rules) {
            byId.put(rule.meta().id(), rule);
            byName.put(rule.meta().name(), rule);
        }
    }

    private static List<? extends Rule> checked(List<? extends Rule> rules) {
        RuleSetBuilder builder = new RuleSetBuilder();
        rules.forEach(rule -> builder.builtin(rule, rule.getClass().getName()));
        try {
            return builder.build().rules();
        } catch (ProblemException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public List<Rule> rules() {
        List<Rule> sorted = new ArrayList<>(byId.values());
        sorted.sort((a, b) -> a.meta().id().compareTo(b.meta().id()));
        return Collections.unmodifiableList(sorted);
    }

    /** A rule by its id ({@code ASL001}, case-insensitive) or its name ({@code task-without-timeout}). */
    public Optional<Rule> find(String idOrName) {
        String key = idOrName.trim();
        Rule rule = byId.get(key.toUpperCase(java.util.Locale.ROOT));
        return Optional.ofNullable(rule != null ? rule : byName.get(key));
    }
}
