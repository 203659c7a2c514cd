package io.stacklint.report;

import io.stacklint.rules.api.Finding;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML, as Jenkins, GitLab, Azure Pipelines and other CI servers read test reports: a test suite per file
 * linted, a failing test case per rule that has findings in it (one failure listing them, a line each), and a
 * passing test case for a file without findings. Problems of the run itself are an {@code <error>} case.
 */
public final class JunitReporter implements Reporter {
    private static final String CLEAN = "no findings";

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        Map<String, Map<RuleMeta, List<Finding>>> byFile = new LinkedHashMap<>();
        report.lintedFiles().forEach(file -> byFile.put(file, new LinkedHashMap<>()));
        for (Finding finding : report.activeFindings()) {
            byFile.computeIfAbsent(finding.file(), f -> new LinkedHashMap<>()).computeIfAbsent(finding.rule(), r -> new ArrayList<>()).add(finding);
        }
        List<LintReport.Notification> problems = report.notifications().stream().filter(n -> n.level() == Severity.ERROR).toList();
        int tests = 0;
        int failures = 0;
        for (Map<RuleMeta, List<Finding>> rules : byFile.values()) {
            tests += Math.max(1, rules.size());
            failures += rules.size();
        }
        tests += problems.isEmpty() ? 0 : 1;
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"" + ToolInfo.NAME + "\" tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"" + (problems.isEmpty() ? 0 : 1) + "\">\n");
        for (Map.Entry<String, Map<RuleMeta, List<Finding>>> file : byFile.entrySet()) {
            Map<RuleMeta, List<Finding>> rules = file.getValue();
            String name = attribute(file.getKey());
            out.write("  <testsuite name=\"" + name + "\" tests=\"" + Math.max(1, rules.size()) + "\" failures=\"" + rules.size() + "\" errors=\"0\">\n");
            if (rules.isEmpty()) {
                out.write("    <testcase classname=\"" + name + "\" name=\"" + CLEAN + "\"/>\n");
            }
            for (Map.Entry<RuleMeta, List<Finding>> rule : rules.entrySet()) {
                List<Finding> findings = rule.getValue();
                Finding first = findings.get(0);
                out.write("    <testcase classname=\"" + name + "\" name=\"" + attribute(rule.getKey().id() + " " + rule.getKey().name()) + "\">\n");
                Severity worst = findings.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
                out.write("      <failure type=\"" + worst.label() + "\" message=\"" + attribute(TextReporter.oneLine(first.message())
                        + (findings.size() == 1 ? "" : " (and " + (findings.size() - 1) + " more)")) + "\">");
                StringBuilder body = new StringBuilder();
                findings.forEach(f -> body.append(TextReporter.line(f)).append('\n'));
                out.write(text(body.toString()));
                out.write("</failure>\n    </testcase>\n");
            }
            out.write("  </testsuite>\n");
        }
        if (!problems.isEmpty()) {
            out.write("  <testsuite name=\"" + ToolInfo.NAME + "\" tests=\"1\" failures=\"0\" errors=\"1\">\n");
            out.write("    <testcase classname=\"" + ToolInfo.NAME + "\" name=\"the run is complete\">\n");
            StringBuilder body = new StringBuilder();
            problems.forEach(p -> body.append(TextReporter.oneLine(p.message())).append('\n'));
            out.write("      <error type=\"incomplete\" message=\"" + attribute(TextReporter.oneLine(problems.get(0).message())) + "\">" + text(body.toString()) + "</error>\n");
            out.write("    </testcase>\n  </testsuite>\n");
        }
        out.write("</testsuites>\n");
        out.flush();
    }

    private static String attribute(String value) {
        return text(value).replace("\"", "&quot;");
    }

    /** XML 1.0 cannot carry most control characters even escaped; oneLine() has already spelled them out. */
    private static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
