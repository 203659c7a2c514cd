package io.stacklint.rules.engine;

import io.stacklint.model.NodeValues;
import io.stacklint.model.SourceModel;
import io.stacklint.model.cfn.Template;
import io.stacklint.rules.api.Finding;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Inline suppressions: {@code Metadata: {stacklint: {ignore: [ID, ...]}}} on a resource silences those
 * rules for the resource and everything in it (its embedded state machine too); on the template's own
 * {@code Metadata}, for the whole template. An entry is a rule id or name, or {@code {id: ..., reason: ...}}.
 * Suppressed findings are kept, marked, so SARIF can show them as suppressed.
 */
final class Suppressions {
    private Suppressions() {
    }

    static List<Finding> apply(SourceModel model, List<Finding> findings) {
        Template template = model.template();
        if (template == null || findings.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Finding.Suppression by = resourceSuppression(template, finding);
            if (by == null) {
                by = match(template.root().map("Metadata"), finding, "template Metadata");
            }
            out.add(by == null ? finding : finding.suppressed(by));
        }
        return out;
    }

    private static Finding.Suppression resourceSuppression(Template template, Finding finding) {
        if (finding.path().size() < 2 || !"Resources".equals(finding.path().get(0))) {
            return null;
        }
        String logicalId = String.valueOf(finding.path().get(1));
        return template.resource(logicalId)
                .map(resource -> match(resource.metadata(), finding, "Metadata of " + logicalId))
                .orElse(null);
    }

    private static Finding.Suppression match(MapNode metadata, Finding finding, String where) {
        MapNode stacklint = metadata == null ? null : metadata.map("stacklint");
        if (stacklint == null) {
            return null;
        }
        for (Node entry : NodeValues.alternatives(stacklint.get("ignore"))) {
            String rule = entry.text();
            String reason = null;
            if (entry instanceof MapNode map) {
                rule = map.text("id");
                reason = map.text("reason");
            }
            if (rule != null && (rule.equalsIgnoreCase(finding.rule().id()) || rule.equals(finding.rule().name()))) {
                return new Finding.Suppression("inSource", reason != null ? reason : "ignored in " + where);
            }
        }
        return null;
    }
}
