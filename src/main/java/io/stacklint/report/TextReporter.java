package io.stacklint.report;

import io.stacklint.rules.api.Finding;
import io.stacklint.rules.api.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code path:line:column: severity: message [RULE-ID]}, one line a finding, then a one-line summary. */
public final class TextReporter implements Reporter {
    private static final String RESET = "\u001b[0m";
    private final boolean color;

    public TextReporter() {
        this(false);
    }

    /** With {@code color}, ANSI colours for a terminal: the position bold, the severity in its colour, the rule id dim. */
    public TextReporter(boolean color) {
        this.color = color;
    }

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        List<Finding> findings = report.activeFindings();
        for (Finding finding : findings) {
            out.write(color ? colored(finding) : line(finding));
            out.write('\n');
        }
        out.write(summary(report));
        out.write('\n');
        out.flush();
    }

    public static String line(Finding finding) {
        return finding.file() + ":" + finding.start().line() + ":" + finding.start().column() + ": "
                + finding.severity().label() + ": " + oneLine(finding.message()) + " [" + finding.rule().id() + "]";
    }

    private static String colored(Finding finding) {
        String severity = switch (finding.severity()) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[1;33m";
            case NOTE -> "\u001b[1;36m";
        };
        return "\u001b[1m" + finding.file() + ":" + finding.start().line() + ":" + finding.start().column() + ":" + RESET + " "
                + severity + finding.severity().label() + ":" + RESET + " " + oneLine(finding.message()) + " \u001b[2m[" + finding.rule().id() + "]" + RESET;
    }

    /** One finding, one line: names taken from a file may hold line breaks or control characters. */
    static String oneLine(String message) {
        StringBuilder out = new StringBuilder(message.length());
        for (char c : message.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    public static String summary(LintReport report) {
        List<Finding> findings = report.activeFindings();
        int files = report.lintedFiles().size();
        String scope = " in " + files + (files == 1 ? " file" : " files");
        List<String> hidden = new java.util.ArrayList<>();
        if (report.suppressedCount() > 0) {
            hidden.add(report.suppressedCount() + " suppressed");
        }
        if (report.baselineCount() > 0) {
            hidden.add(report.baselineCount() + " in the baseline");
        }
        String suppressed = hidden.isEmpty() ? "" : " (" + String.join(", ", hidden) + ")";
        long failures = report.notifications().stream().filter(n -> n.level() == Severity.ERROR).count();
        String incomplete = failures == 0 ? "" : "; the run is incomplete: " + failures + " problem" + (failures == 1 ? "" : "s") + " reported on stderr";
        if (findings.isEmpty()) {
            return (failures == 0 ? "No problems found" : "No findings") + scope + suppressed + incomplete + ".";
        }
        return count(findings, Severity.ERROR, "error") + ", " + count(findings, Severity.WARNING, "warning") + ", "
                + count(findings, Severity.NOTE, "note") + scope + suppressed + incomplete + ".";
    }

    private static String count(List<Finding> findings, Severity severity, String noun) {
        long n = findings.stream().filter(f -> f.severity() == severity).count();
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
