package io.stacklint.report;

import io.stacklint.rules.api.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands: one {@code ::error file=...,line=...,col=...,endLine=...,endColumn=...,title=...::message}
 * (or {@code ::warning}, {@code ::notice}) per finding, which GitHub shows as annotations on the pull request, then the
 * summary line. Paths are relative to the repository root, as GitHub expects; values are escaped as the Actions
 * toolkit escapes them ({@code %}, CR and LF everywhere, and {@code :} and {@code ,} in properties).
 */
public final class GithubReporter implements Reporter {
    @Override
    public void write(LintReport report, Writer out) throws IOException {
        for (Finding finding : report.activeFindings()) {
            String command = switch (finding.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case NOTE -> "notice";
            };
            out.write("::" + command + " file=" + property(RootPaths.key(finding, report.baseDirectory()))
                    + ",line=" + finding.start().line() + ",col=" + finding.start().column()
                    + ",endLine=" + finding.end().line() + ",endColumn=" + finding.end().column()
                    + ",title=" + property(finding.rule().id() + " " + finding.rule().name()) + "::" + data(finding.message()) + "\n");
        }
        out.write(TextReporter.summary(report));
        out.write('\n');
        out.flush();
    }

    static String data(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }
}
