package io.stacklint.rules.engine;

import io.stacklint.rules.api.Rule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rules a run knows, looked up by id or name. Two rules with one id or one name are refused. */
public final class RuleRegistry {
    private final Map<String, Rule> byId = new LinkedHashMap<>();
    private final Map<String, Rule> byName = new LinkedHashMap<>();

    public RuleRegistry(List<? extends Rule> rules) {
        rules.forEach(this::add);
    }

    public void add(Rule rule) {
        String id = rule.meta().id();
        String name = rule.meta().name();
        if (byId.containsKey(id)) {
            throw new IllegalArgumentException("two rules have the id " + id + ": " + byId.get(id).getClass().getName()
                    + " and " + rule.getClass().getName());
        }
        if (byName.containsKey(name)) {
            throw new IllegalArgumentException("two rules have the name " + name + ": " + byName.get(name).meta().id() + " and " + id);
        }
        byId.put(id, rule);
        byName.put(name, rule);
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
