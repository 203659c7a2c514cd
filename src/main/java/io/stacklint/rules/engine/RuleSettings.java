package io.stacklint.rules.engine;

import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.Severity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Which rules run and at what severity: every rule at its default, less what configuration says. */
public final class RuleSettings {
    private final Set<String> disabled = new HashSet<>();
    private final Map<String, Severity> severities = new HashMap<>();

    public static RuleSettings defaults() {
        return new RuleSettings();
    }

    public RuleSettings disable(String id) {
        disabled.add(id);
        return this;
    }

    public RuleSettings enable(String id) {
        disabled.remove(id);
        return this;
    }

    public RuleSettings severity(String id, Severity severity) {
        severities.put(id, severity);
        return this;
    }

    public boolean isEnabled(Rule rule) {
        return !disabled.contains(rule.meta().id());
    }

    public boolean hasSeverityFor(Rule rule) {
        return severities.containsKey(rule.meta().id());
    }

    public Severity severityOf(Rule rule) {
        return severities.getOrDefault(rule.meta().id(), rule.meta().severity());
    }
}
