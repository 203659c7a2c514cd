package io.stacklint.rules.engine;

import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which rules run and at what severity: every rule at its default, less what configuration says. A preview rule
 * runs unless {@link #withoutPreview()} says otherwise (the command line's default), and then only when it is
 * {@linkplain #select named explicitly}.
 */
public final class RuleSettings {
    private final Set<String> disabled = new HashSet<>();
    private final Set<String> selected = new HashSet<>();
    private final Map<String, Severity> severities = new HashMap<>();
    private boolean preview = true;

    /** Every rule at its default severity, preview rules included (fixtures and embedders that pick the rules themselves). */
    public static RuleSettings defaults() {
        return new RuleSettings();
    }

    /** Preview rules do not run, except those {@linkplain #select selected} by id or name. */
    public RuleSettings withoutPreview() {
        preview = false;
        return this;
    }

    /** A rule asked for by its id or name: it runs, a preview rule too, unless disabled afterwards. */
    public RuleSettings select(String id) {
        selected.add(id);
        return enable(id);
    }

    public RuleSettings disable(String id) {
        disabled.add(id);
        selected.remove(id);
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
        String id = rule.meta().id();
        return !disabled.contains(id) && (preview || rule.meta().status() != RuleMeta.Status.PREVIEW || selected.contains(id));
    }

    public boolean hasSeverityFor(Rule rule) {
        return severities.containsKey(rule.meta().id());
    }

    public Severity severityOf(Rule rule) {
        return severities.getOrDefault(rule.meta().id(), rule.meta().severity());
    }
}
