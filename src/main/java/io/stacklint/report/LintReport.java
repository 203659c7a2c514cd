package io.stacklint.report;

import io.stacklint.rules.api.Finding;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run produced, for the reporters: findings (suppressed ones included), the files linted, and the
 * problems of the run itself (notifications: a rule that crashed, a path that could not be read).
 */
public record LintReport(List<Finding> findings, List<Rule> rules, List<String> lintedFiles, List<Notification> notifications, Path baseDirectory,
                         Baseline.Comparison baseline) {
    /** Something about the run rather than the code: SARIF's toolExecutionNotifications. */
    public record Notification(Severity level, String message, String ruleId, Throwable error) {
    }

    public LintReport(List<Finding> findings, List<Rule> rules, List<String> lintedFiles, List<Notification> notifications, Path baseDirectory) {
        this(findings, rules, lintedFiles, notifications, baseDirectory, null);
    }

    /** The same report, with the findings a baseline accepted no longer shown or counted (SARIF marks them unchanged). */
    public LintReport comparedWith(Baseline accepted) {
        return new LintReport(findings, rules, lintedFiles, notifications, baseDirectory, accepted.compare(this));
    }

    public LintReport {
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
        lintedFiles = List.copyOf(lintedFiles);
        notifications = List.copyOf(notifications);
    }

    /** The findings to show and count: neither suppressed nor accepted by the baseline. */
    public List<Finding> activeFindings() {
        return findings.stream().filter(f -> !f.isSuppressed() && (baseline == null || !baseline.isUnchanged(f))).toList();
    }

    /** Findings not shown because the baseline accepted them. */
    long baselineCount() {
        return baseline == null ? 0 : findings.stream().filter(f -> !f.isSuppressed() && baseline.isUnchanged(f)).count();
    }

    long suppressedCount() {
        return findings.stream().filter(Finding::isSuppressed).count();
    }

    boolean executionSuccessful() {
        return notifications.stream().noneMatch(n -> n.level() == Severity.ERROR);
    }

    public Rule rule(String id) {
        return rules.stream().filter(r -> r.meta().id().equals(id)).findFirst().orElse(null);
    }
}
