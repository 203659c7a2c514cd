package io.stacklint.rules.engine;

import io.stacklint.model.DeploymentVariant;
import io.stacklint.model.SourceModel;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.rules.api.DocumentRule;
import io.stacklint.rules.api.Finding;
import io.stacklint.rules.api.PolicyStatementRule;
import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.StateMachineRule;
import io.stacklint.rules.api.StateRule;
import io.stacklint.rules.api.TemplateRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the enabled rules over one file: a single walk of the model, each rule handed what it subscribed
 * to. A rule that throws does not stop the others: its failure is kept for the report.
 */
public final class Linter {
    /** A rule that threw while checking a file (rule null: reading the file itself failed): a bug, reported as an incomplete run. */
    public record RuleFailure(Rule rule, String file, Throwable error) {
        public String describe() {
            return (rule == null ? "reading " + file : "rule " + rule.meta().id() + " on " + file) + " failed: " + error;
        }
    }

    public record Result(List<Finding> findings, List<RuleFailure> failures, List<Remark> remarks) {
        public Result(List<Finding> findings, List<RuleFailure> failures) {
            this(findings, failures, List.of());
        }
    }

    /** Why a rule left something unjudged, for {@code --verbose}: never a finding. */
    public record Remark(String ruleId, io.stacklint.source.Span span, String message) {
        // equals and hashCode written out, as generated (remarks are deduplicated in a set): a record's generated
        // ones are linked through invokedynamic on first use, a set-up a short run would pay for once.
        @Override
        public boolean equals(Object other) {
            return other instanceof Remark remark && java.util.Objects.equals(ruleId, remark.ruleId)
                    && java.util.Objects.equals(span, remark.span) && java.util.Objects.equals(message, remark.message);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(ruleId, span, message);
        }

        public String describe() {
            io.stacklint.source.Position at = span.startPosition();
            return span.file().displayPath() + ":" + at.line() + ":" + at.column() + ": " + ruleId + " did not judge: " + message;
        }
    }

    private final RuleRegistry registry;
    private final RuleSettings settings;
    private final List<DocumentRule> documentRules = new ArrayList<>();
    private final List<TemplateRule> templateRules = new ArrayList<>();
    private final List<ResourceRule> resourceRules = new ArrayList<>();
    private final List<StateMachineRule> stateMachineRules = new ArrayList<>();
    private final List<StateRule> stateRules = new ArrayList<>();
    private final List<PolicyStatementRule> statementRules = new ArrayList<>();

    public Linter(RuleRegistry registry, RuleSettings settings) {
        this.registry = registry;
        this.settings = settings;
        for (Rule rule : registry.rules()) {
            if (!settings.isEnabled(rule)) {
                continue;
            }
            if (rule instanceof DocumentRule r) {
                documentRules.add(r);
            }
            if (rule instanceof TemplateRule r) {
                templateRules.add(r);
            }
            if (rule instanceof ResourceRule r) {
                resourceRules.add(r);
            }
            if (rule instanceof StateMachineRule r) {
                stateMachineRules.add(r);
            }
            if (rule instanceof StateRule r) {
                stateRules.add(r);
            }
            if (rule instanceof PolicyStatementRule r) {
                statementRules.add(r);
            }
        }
    }

    public Result lint(SourceModel model) {
        return lint(model, visited -> {
        });
    }

    /**
     * The one walk: each resource, policy statement, state machine and state of the file is visited once (and
     * told to {@code visited}), and handed to every enabled rule, Java or declarative, that subscribed to it.
     */
    Result lint(SourceModel model, Consumer<Object> visited) {
        List<Finding> findings = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        List<Remark> remarks = new ArrayList<>();
        Runner run = new Runner(model, findings, failures, remarks);
        for (DocumentRule rule : documentRules) {
            run.rule(rule, DeploymentVariant.ANY, model, null);
        }
        Template template = model.template();
        if (template != null) {
            for (TemplateRule rule : templateRules) {
                run.rule(rule, DeploymentVariant.ANY, template, null);
            }
            for (Resource resource : template.resources()) {
                visited.accept(resource);
                for (ResourceRule rule : resourceRules) {
                    if (resource.type() != null && visits(rule, resource.type())) {
                        run.rule(rule, DeploymentVariant.ANY, resource, null);
                    }
                }
            }
            if (!statementRules.isEmpty()) {
                for (PolicyStatement statement : model.policyStatements()) {
                    visited.accept(statement);
                    for (PolicyStatementRule rule : statementRules) {
                        run.rule(rule, DeploymentVariant.ANY, statement, null);
                    }
                }
            }
        }
        for (StateMachine machine : model.stateMachines()) {
            visited.accept(machine);
            for (StateMachineRule rule : stateMachineRules) {
                run.rule(rule, machine.variant(), machine, null);
            }
            if (!stateRules.isEmpty()) {
                for (State state : machine.definition().allStates()) {
                    visited.accept(state);
                    for (StateRule rule : stateRules) {
                        if (visits(rule, state.type())) {
                            run.rule(rule, machine.variant(), state, machine);
                        }
                    }
                }
            }
        }
        List<Finding> suppressed = Suppressions.apply(model, findings);
        List<Finding> sorted = distinct(findings, suppressed, run.variants);
        sorted.sort(ORDER);
        return new Result(sorted, failures, List.copyOf(new java.util.LinkedHashSet<>(remarks)));
    }

    private static boolean visits(ResourceRule rule, String type) {
        return rule instanceof MatchesTypes patterns ? patterns.visitsType(type) : rule.resourceTypes().contains(type);
    }

    private static boolean visits(StateRule rule, String type) {
        if (rule instanceof MatchesTypes patterns) {
            return patterns.visitsType(type == null ? "" : type);
        }
        return rule.stateTypes().isEmpty() || (type != null && rule.stateTypes().contains(type));
    }

    /**
     * One place found in several deployment variants, or twice through YAML aliases (which copy nodes with their
     * positions), in the same words is reported once (unsuppressed, if either copy is); found in some variants
     * only, its message says in which. {@code suppressed} is {@code found} with suppressions applied, item by item.
     */
    private static List<Finding> distinct(List<Finding> found, List<Finding> suppressed, java.util.Map<Finding, DeploymentVariant> variants) {
        java.util.Map<String, Finding> byPlace = new java.util.LinkedHashMap<>();
        java.util.Map<String, List<DeploymentVariant>> foundIn = new java.util.HashMap<>();
        for (int i = 0; i < suppressed.size(); i++) {
            Finding finding = suppressed.get(i);
            // One template's findings can lie in several files (DefinitionUri): the same offsets in two files are two places.
            String key = finding.rule().id() + "\u0000" + finding.file() + "\u0000" + finding.span().start() + "\u0000" + finding.span().end() + "\u0000" + finding.message();
            Finding kept = byPlace.get(key);
            if (kept == null || (kept.isSuppressed() && !finding.isSuppressed())) {
                byPlace.put(key, finding);
            }
            foundIn.computeIfAbsent(key, k -> new ArrayList<>()).add(variants.getOrDefault(found.get(i), DeploymentVariant.ANY));
        }
        List<Finding> out = new ArrayList<>(byPlace.size());
        byPlace.forEach((key, finding) -> {
            String when = DeploymentVariant.describe(foundIn.get(key));
            out.add(when.isEmpty() ? finding : new Finding(finding.rule(), finding.severity(), finding.message() + when, finding.span(),
                    finding.path(), finding.suppression()));
        });
        return out;
    }

    /** By file, offset, rule id and message. */
    public static final Comparator<Finding> ORDER = new FindingOrder();

    /**
     * Written out rather than chained from {@code Comparator.comparing}: the chain's lambdas and method references are
     * linked when the class loads, at every start, for a handful of findings.
     */
    private static final class FindingOrder implements Comparator<Finding> {
        @Override
        public int compare(Finding a, Finding b) {
            int order = a.file().compareTo(b.file());
            if (order == 0) {
                order = Integer.compare(a.span().start(), b.span().start());
            }
            if (order == 0) {
                order = a.rule().id().compareTo(b.rule().id());
            }
            return order != 0 ? order : a.message().compareTo(b.message());
        }
    }

    private final class Runner {
        private final SourceModel model;
        private final List<Finding> findings;
        private final List<RuleFailure> failures;
        private final List<Remark> remarks;
        private final java.util.Map<Finding, DeploymentVariant> variants = new java.util.IdentityHashMap<>();

        Runner(SourceModel model, List<Finding> findings, List<RuleFailure> failures, List<Remark> remarks) {
            this.model = model;
            this.findings = findings;
            this.failures = failures;
            this.remarks = remarks;
        }

        /**
         * Hands {@code rule} the place of the walk it subscribed to (the state's machine with a state): a dispatch on the
         * place, not a lambda per call site, whose linkage every run paid before its first rule ran.
         */
        void rule(Rule rule, DeploymentVariant variant, Object place, StateMachine machine) {
            try {
                ReportingContext context = new ReportingContext(model, registry, rule.meta(), settings.severityOf(rule), settings.hasSeverityFor(rule),
                        findings, remarks, variants, variant);
                if (place instanceof State state) {
                    ((StateRule) rule).check(state, machine, context);
                } else if (place instanceof StateMachine whole) {
                    ((StateMachineRule) rule).check(whole, context);
                } else if (place instanceof Resource resource) {
                    ((ResourceRule) rule).check(resource, context);
                } else if (place instanceof PolicyStatement statement) {
                    ((PolicyStatementRule) rule).check(statement, context);
                } else if (place instanceof Template template) {
                    ((TemplateRule) rule).check(template, context);
                } else {
                    ((DocumentRule) rule).check((SourceModel) place, context);
                }
            } catch (Exception | StackOverflowError | LinkageError | AssertionError e) {
                // Beyond runtime exceptions, what plugin rules throw: a LinkageError when built against classes this
                // stacklint does not have, a checked exception from another JVM language, a failed assertion.
                failures.add(new RuleFailure(rule, model.source().displayPath(), e));
            }
        }
    }
}
