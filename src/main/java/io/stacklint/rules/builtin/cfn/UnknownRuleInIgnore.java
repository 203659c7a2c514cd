package io.stacklint.rules.builtin.cfn;

import io.stacklint.model.NodeValues;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.TemplateRule;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;

/**
 * An entry of {@code Metadata: {stacklint: {ignore: [...]}}} that names no rule, or is not an id, a name or
 * {@code {id: ..., reason: ...}}: it suppresses nothing, and the author believes otherwise.
 */
public final class UnknownRuleInIgnore implements TemplateRule {
    public static final RuleMeta META = RuleMeta.of("CFN004", "unknown-rule-in-ignore",
            "Suppression names no rule stacklint knows", Severity.WARNING, "0.1.0", "cfn", "stacklint");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Template template, RuleContext context) {
        checkMetadata(template.root().map("Metadata"), "the template", context);
        for (Resource resource : template.resources()) {
            checkMetadata(resource.metadata(), "'" + resource.logicalId() + "'", context);
        }
    }

    private static void checkMetadata(MapNode metadata, String where, RuleContext context) {
        MapNode stacklint = metadata == null ? null : metadata.map("stacklint");
        if (stacklint == null) {
            return;
        }
        for (Node entry : NodeValues.alternatives(stacklint.get("ignore"))) {
            Node id = entry instanceof MapNode map ? map.get("id") : entry;
            if (id == null) {
                context.report(entry, "ignore entry of %s has no 'id': it suppresses nothing", where);
            } else if (id.text() == null || id.asScalar() == null || !id.asScalar().isString()) {
                context.report(id, "ignore entry of %s is %s, not a rule id or name: it suppresses nothing", where, id.describe());
            } else if (!context.isKnownRule(id.text())) {
                context.report(id, "ignore entry '%s' of %s names no rule (see 'stacklint rules'): it suppresses nothing", id.text(), where);
            }
        }
    }
}
