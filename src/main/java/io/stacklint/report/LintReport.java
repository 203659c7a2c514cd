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
public record LintReport(List<Finding> findings, List<Rule> rules, List<String> lintedFiles, List<Notification> notifications, Path baseDirectory) {
    /** Something about the run rather than the code: SARIF's toolExecutionNotifications. */
    public record Notification(Severity level, String message, String ruleId, Throwable error) {
    }

    public LintReport {
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
        lintedFiles = List.copyOf(lintedFiles);
        notifications = List.copyOf(notifications);
    }

    public List<Finding> activeFindings() {
        return findings.stream().filter(f -> !f.isSuppressed()).toList();
    }

    public long suppressedCount() {
        return findings.stream().filter(Finding::isSuppressed).count();
    }

    public boolean executionSuccessful() {
        return notifications.stream().noneMatch(n -> n.level() == Severity.ERROR);
    }

    public Rule rule(String id) {
        return rules.stream().filter(r -> r.meta().id().equals(id)).findFirst().orElse(null);
    }
}
