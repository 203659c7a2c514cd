package io.stacklint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stacklint.rules.api.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * GitLab Code Quality (the {@code artifacts:reports:codequality} JSON): one issue per finding with the rule as
 * {@code check_name}, the path relative to the repository root, and the SARIF fingerprint, which does not change
 * when unrelated lines move, so GitLab's merge-request widget tells new findings from old ones.
 */
public final class GitlabReporter implements Reporter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        Map<Finding, String> fingerprints = Fingerprints.of(report.findings(), report.baseDirectory());
        ArrayNode issues = MAPPER.createArrayNode();
        for (Finding finding : report.activeFindings()) {
            ObjectNode issue = issues.addObject();
            issue.put("type", "issue");
            issue.put("check_name", finding.rule().id());
            issue.put("description", finding.message() + " [" + finding.rule().id() + " " + finding.rule().name() + "]");
            issue.putArray("categories").add(finding.rule().tags().contains("security") ? "Security" : "Bug Risk");
            issue.put("severity", switch (finding.severity()) {
                case ERROR -> "major";
                case WARNING -> "minor";
                case NOTE -> "info";
            });
            issue.put("fingerprint", fingerprints.get(finding));
            ObjectNode location = issue.putObject("location");
            location.put("path", RootPaths.key(finding, report.baseDirectory()));
            location.putObject("lines").put("begin", finding.start().line()).put("end", finding.end().line());
        }
        MAPPER.writeValue(new NonClosingWriter(out), issues);
        out.write('\n');
        out.flush();
    }
}
