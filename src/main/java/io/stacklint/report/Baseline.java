package io.stacklint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stacklint.rules.api.Finding;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings a project accepted on the day it adopted stacklint ({@code stacklint baseline}), keyed by
 * fingerprint: rule, root-relative file, structural path and covered text, never the line, so that lines added
 * above a finding do not make it new. A run with {@code --baseline} reports only the findings that are not in it.
 */
public final class Baseline {
    /** One accepted finding; the fields besides the fingerprint say what it was, for people and for SARIF's absent results. */
    public record Entry(String fingerprint, String ruleId, String file, int line, int column, String level, String message) {
    }

    /** How this run's findings compare with the baseline. */
    public record Comparison(Set<Finding> unchanged, List<Entry> absent) {
        boolean isUnchanged(Finding finding) {
            return unchanged.contains(finding);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int VERSION = 1;

    private final Map<String, Entry> entries;

    private Baseline(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** Reads a baseline file; a file that is not one is an {@link IOException} whose message says why. */
    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IOException("not a stacklint baseline: " + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr());
        }
        if (root == null || !root.isObject() || root.path("version").asInt() != VERSION || !root.path("findings").isArray()) {
            throw new IOException("not a stacklint baseline (version " + VERSION + ", written by 'stacklint baseline -o FILE PATH...')");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (JsonNode item : root.path("findings")) {
            String fingerprint = item.path("fingerprint").asText("");
            if (fingerprint.isEmpty()) {
                throw new IOException("not a stacklint baseline: an entry has no fingerprint");
            }
            entries.put(fingerprint, new Entry(fingerprint, item.path("ruleId").asText(""), item.path("file").asText(""),
                    item.path("line").asInt(1), item.path("column").asInt(1), item.path("level").asText("warning"), item.path("message").asText("")));
        }
        return new Baseline(entries);
    }

    /** The baseline of a report: its findings that are shown (not suppressed). */
    public static Baseline of(LintReport report) {
        Map<Finding, String> fingerprints = Fingerprints.of(report.findings(), report.baseDirectory());
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Finding finding : report.findings()) {
            if (finding.isSuppressed()) {
                continue;
            }
            String fingerprint = fingerprints.get(finding);
            entries.put(fingerprint, new Entry(fingerprint, finding.rule().id(), RootPaths.key(finding, report.baseDirectory()),
                    finding.start().line(), finding.start().column(), finding.severity().label(), finding.message()));
        }
        return new Baseline(entries);
    }

    public Comparison compare(LintReport report) {
        Map<Finding, String> fingerprints = Fingerprints.of(report.findings(), report.baseDirectory());
        Set<Finding> unchanged = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> matched = new HashSet<>();
        for (Finding finding : report.findings()) {
            String fingerprint = fingerprints.get(finding);
            if (entries.containsKey(fingerprint)) {
                unchanged.add(finding);
                matched.add(fingerprint);
            }
        }
        List<Entry> absent = new ArrayList<>();
        entries.values().stream().filter(e -> !matched.contains(e.fingerprint())).forEach(absent::add);
        return new Comparison(unchanged, absent);
    }

    public void write(Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        root.put("tool", ToolInfo.NAME + " " + ToolInfo.version());
        ArrayNode findings = root.putArray("findings");
        for (Entry entry : entries.values()) {
            findings.addObject().put("fingerprint", entry.fingerprint()).put("ruleId", entry.ruleId()).put("file", entry.file())
                    .put("line", entry.line()).put("column", entry.column()).put("level", entry.level()).put("message", entry.message());
        }
        MAPPER.writeValue(new NonClosingWriter(out), root);
        out.write('\n');
        out.flush();
    }
}
