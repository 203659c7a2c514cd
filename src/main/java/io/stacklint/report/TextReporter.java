package io.stacklint.report;

import io.stacklint.rules.api.Finding;
import io.stacklint.rules.api.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code path:line:column: severity: message [RULE-ID]}, one line a finding, then a one-line summary. */
public final class TextReporter implements Reporter {
    @Override
    public void write(LintReport report, Writer out) throws IOException {
        List<Finding> findings = report.activeFindings();
        for (Finding finding : findings) {
            out.write(line(finding));
            out.write('\n');
        }
        out.write(summary(report));
        out.write('\n');
        out.flush();
    }

    public static String line(Finding finding) {
        return finding.file() + ":" + finding.start().line() + ":" + finding.start().column() + ": "
                + finding.severity().label() + ": " + finding.message() + " [" + finding.rule().id() + "]";
    }

    static String summary(LintReport report) {
        List<Finding> findings = report.activeFindings();
        int files = report.lintedFiles().size();
        String scope = " in " + files + (files == 1 ? " file" : " files");
        String suppressed = report.suppressedCount() == 0 ? "" : " (" + report.suppressedCount() + " suppressed)";
        if (findings.isEmpty()) {
            return "No problems found" + scope + suppressed + ".";
        }
        return count(findings, Severity.ERROR, "error") + ", " + count(findings, Severity.WARNING, "warning") + ", "
                + count(findings, Severity.NOTE, "note") + scope + suppressed + ".";
    }

    private static String count(List<Finding> findings, Severity severity, String noun) {
        long n = findings.stream().filter(f -> f.severity() == severity).count();
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
