package io.stacklint.rules.engine;

import io.stacklint.model.DeploymentVariant;
import io.stacklint.model.SourceModel;
import io.stacklint.rules.api.Finding;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.source.Span;
import io.stacklint.tree.Node;
import io.stacklint.tree.NodePath;
import java.util.List;

/** The context one rule reports into while it checks one file. */
final class ReportingContext implements RuleContext {
    private final SourceModel model;
    private final RuleMeta rule;
    private final Severity severity;
    private final boolean severityConfigured;
    private final List<Finding> sink;
    private final List<Linter.Remark> remarks;
    private final java.util.Map<Finding, DeploymentVariant> variants;
    private final DeploymentVariant variant;

    private final RuleRegistry registry;

    /** {@code variants}: where the variant each finding was found in is noted (identity map), when it names conditions. */
    ReportingContext(SourceModel model, RuleRegistry registry, RuleMeta rule, Severity severity, boolean severityConfigured, List<Finding> sink,
                     List<Linter.Remark> remarks, java.util.Map<Finding, DeploymentVariant> variants, DeploymentVariant variant) {
        this.variants = variants;
        this.variant = variant;
        this.model = model;
        this.registry = registry;
        this.rule = rule;
        this.severity = severity;
        this.severityConfigured = severityConfigured;
        this.sink = sink;
        this.remarks = remarks;
    }

    @Override
    public SourceModel model() {
        return model;
    }

    @Override
    public boolean isKnownRule(String idOrName) {
        return idOrName != null && registry.find(idOrName).isPresent();
    }

    @Override
    public RuleContext inVariant(DeploymentVariant chosen) {
        return new ReportingContext(model, registry, rule, severity, severityConfigured, sink, remarks, variants, chosen);
    }

    @Override
    public void report(Node node, String message, Object... args) {
        report(node.span(), node.path(), message, args);
    }

    @Override
    public void report(Severity at, Node node, String message, Object... args) {
        java.util.Objects.requireNonNull(at, "report() needs a severity");
        add(new Finding(rule, severityConfigured ? severity : at, format(message, args), node.span(), node.path(), null));
    }

    @Override
    public void remark(Node node, String message, Object... args) {
        remarks.add(new Linter.Remark(rule.id(), node.span(), format(message, args)));
    }

    @Override
    public void report(Span span, NodePath path, String message, Object... args) {
        java.util.Objects.requireNonNull(span, "report() needs a span");
        add(new Finding(rule, severity, format(message, args), span, path == null ? NodePath.ROOT : path, null));
    }

    private void add(Finding finding) {
        sink.add(finding);
        if (!variant.choice().isEmpty()) {
            variants.put(finding, variant);
        }
    }

    /** Messages without arguments are taken as written, so a '%' in a name read from a file is safe. */
    private static String format(String message, Object... args) {
        // Thrown here, inside the rule's check, so a (plugin) rule's mistake is its own failure, not the run's.
        java.util.Objects.requireNonNull(message, "report() needs a message");
        return args.length == 0 ? message : MessageText.format(message, args);
    }
}
