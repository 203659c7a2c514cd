package io.stacklint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stacklint.rules.api.Finding;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.engine.RuleDocs;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run, a rule descriptor for every rule with results,
 * relative paths under {@code %SRCROOT%}, suppressed findings marked rather than dropped, and fingerprints
 * keyed on the finding's structural path so they survive edits elsewhere in the file.
 */
public final class SarifReporter implements Reporter {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String SRCROOT = "%SRCROOT%";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        ObjectNode log = MAPPER.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", ToolInfo.NAME);
        driver.put("version", ToolInfo.version());
        driver.put("semanticVersion", ToolInfo.version().replace("-SNAPSHOT", ""));
        driver.put("informationUri", ToolInfo.INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        run.putObject("originalUriBaseIds").putObject(SRCROOT)
                .put("uri", report.baseDirectory().toAbsolutePath().normalize().toUri().toString());

        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        Fingerprints fingerprints = new Fingerprints(report.baseDirectory());
        ArrayNode results = run.putArray("results");
        for (Finding finding : report.findings()) {
            Integer index = ruleIndex.get(finding.rule().id());
            if (index == null) {
                index = ruleIndex.size();
                ruleIndex.put(finding.rule().id(), index);
                writeRule(rules.addObject(), finding.rule(), report.rule(finding.rule().id()));
            }
            ObjectNode result = results.addObject();
            writeResult(result, finding, index, fingerprints.next(finding), report.baseDirectory());
            if (report.baseline() != null && !finding.isSuppressed()) {
                // Suppressed findings are never recorded in a baseline: they are dismissed, not accepted.
                result.put("baselineState", report.baseline().isUnchanged(finding) ? "unchanged" : "new");
            }
        }
        if (report.baseline() != null) {
            report.baseline().absent().forEach(entry -> writeAbsent(results.addObject(), entry));
        }

        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", report.executionSuccessful());
        if (!report.notifications().isEmpty()) {
            ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
            for (LintReport.Notification notification : report.notifications()) {
                ObjectNode item = notifications.addObject();
                item.put("level", notification.level().label());
                item.putObject("message").put("text", notification.message());
                if (notification.ruleId() != null) {
                    item.putObject("associatedRule").put("id", notification.ruleId());
                }
                if (notification.error() != null) {
                    item.putObject("exception").put("kind", notification.error().getClass().getName())
                            .put("message", String.valueOf(notification.error().getMessage()));
                }
            }
        }
        run.put("columnKind", "utf16CodeUnits");
        MAPPER.writeValue(new NonClosingWriter(out), log);
        out.write('\n');
        out.flush();
    }

    /** A baseline entry this run no longer finds: fixed, or changed beyond recognition (SARIF baselineState "absent"). */
    private static void writeAbsent(ObjectNode result, Baseline.Entry entry) {
        result.put("ruleId", entry.ruleId());
        result.put("level", entry.level());
        result.putObject("message").put("text", entry.message());
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        if (entry.file().startsWith("/")) {
            artifact.put("uri", java.nio.file.Path.of(entry.file()).toUri().toString());
        } else {
            artifact.put("uri", UriPaths.encode(entry.file()));
            artifact.put("uriBaseId", SRCROOT);
        }
        physical.putObject("region").put("startLine", entry.line()).put("startColumn", entry.column());
        result.putObject("partialFingerprints").put("primaryLocationLineHash", entry.fingerprint());
        result.put("baselineState", "absent");
    }

    private static void writeRule(ObjectNode descriptor, RuleMeta meta, Rule rule) {
        RuleDocs docs = rule == null ? null : RuleDocs.of(rule);
        descriptor.put("id", meta.id());
        descriptor.put("name", meta.name());
        descriptor.putObject("shortDescription").put("text", meta.title());
        String full = docs == null || docs.fullDescription().isEmpty() ? meta.title() : docs.fullDescription();
        descriptor.putObject("fullDescription").put("text", full);
        if (docs != null && docs.exists()) {
            descriptor.putObject("help").put("text", docs.markdown()).put("markdown", docs.markdown());
        }
        String helpUri = rule == null ? ToolInfo.helpUri(meta.id()) : ToolInfo.helpUri(rule);
        if (helpUri != null) {
            descriptor.put("helpUri", helpUri);
        }
        descriptor.putObject("defaultConfiguration").put("level", meta.severity().label());
        ObjectNode properties = descriptor.putObject("properties");
        ArrayNode tags = properties.putArray("tags");
        meta.tags().forEach(tags::add);
        properties.put("status", meta.status().label());
        if (meta.tags().contains("security")) {
            properties.put("security-severity", meta.severity() == Severity.ERROR ? "8.0" : meta.severity() == Severity.WARNING ? "5.0" : "2.0");
        }
    }

    private static void writeResult(ObjectNode result, Finding finding, int ruleIndex, String fingerprint, java.nio.file.Path root) {
        result.put("ruleId", finding.rule().id());
        result.put("ruleIndex", ruleIndex);
        result.put("level", finding.severity().label());
        result.putObject("message").put("text", finding.message());
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        String relative = RootPaths.relative(finding, root);
        if (relative == null) {
            // Outside the source root: an absolute URI, which code scanning ignores rather than misplaces.
            artifact.put("uri", RootPaths.absolute(finding, root).toUri().toString());
        } else {
            artifact.put("uri", UriPaths.encode(relative));
            artifact.put("uriBaseId", SRCROOT);
        }
        ObjectNode region = physical.putObject("region");
        region.put("startLine", finding.start().line());
        region.put("startColumn", finding.start().column());
        region.put("endLine", finding.end().line());
        region.put("endColumn", finding.end().column());
        result.putObject("partialFingerprints").put("primaryLocationLineHash", fingerprint);
        if (finding.isSuppressed()) {
            ObjectNode suppression = result.putArray("suppressions").addObject();
            suppression.put("kind", finding.suppression().kind());
            suppression.put("justification", finding.suppression().justification());
        }
        if (finding.path().size() > 0) {
            result.putObject("properties").put("path", finding.path().toString());
        }
    }
}
