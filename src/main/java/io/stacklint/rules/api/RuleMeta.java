package io.stacklint.rules.api;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * <b>Public API.</b> What a rule is, declared once at the top of the rule: it drives {@code stacklint rules}, the rule docs and
 * the SARIF rule descriptors. The long help lives in a markdown page ({@code rules/docs/<ID>.md} beside the
 * rule's package on the class path).
 *
 * @param id       stable code, e.g. {@code ASL001}; never reused, never changed
 * @param name     kebab-case name of the pattern flagged, e.g. {@code task-without-timeout}
 * @param title    one line, shown as the SARIF short description
 * @param severity default severity
 * @param tags     e.g. {@code asl}, {@code reliability}, {@code security}
 * @param since    the stacklint version that introduced the rule
 * @param status   preview (may still change), stable, or deprecated (kept so ids stay valid, going away)
 */
public record RuleMeta(String id, String name, String title, Severity severity, List<String> tags, String since, Status status) {
    public enum Status {
        PREVIEW, STABLE, DEPRECATED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*[0-9]{3}");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RuleMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        tags = List.copyOf(tags);
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(status, "status");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id '" + id + "' is not letters followed by three digits");
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("rule name '" + name + "' is not kebab-case");
        }
    }

    /** A stable rule. */
    public static RuleMeta of(String id, String name, String title, Severity severity, String since, String... tags) {
        return new RuleMeta(id, name, title, severity, List.of(tags), since, Status.STABLE);
    }

    public RuleMeta withStatus(Status newStatus) {
        return new RuleMeta(id, name, title, severity, tags, since, newStatus);
    }
}
