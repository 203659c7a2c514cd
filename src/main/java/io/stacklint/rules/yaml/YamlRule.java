package io.stacklint.rules.yaml;

import io.stacklint.model.DeploymentVariant;
import io.stacklint.model.Memo;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.rules.api.PolicyStatementRule;
import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateMachineRule;
import io.stacklint.rules.api.StateRule;
import io.stacklint.rules.engine.MatchesTypes;
import io.stacklint.source.Span;
import io.stacklint.tree.Node;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A rule read from a YAML file: metadata, help, a selector, an optional precondition ({@code where}) and one
 * or more cases. For each selected node that meets the precondition, the first case whose condition holds is
 * reported, at its severity and with its message. To the engine, the reports and the users it is a rule like
 * any other: its selector makes it a resource, state, state machine or policy statement rule, visited in the
 * engine's one walk of the file with the Java rules.
 */
public abstract sealed class YamlRule implements Rule permits YamlRule.OnResource, YamlRule.OnState, YamlRule.OnMachine, YamlRule.OnStatement {
    /**
     * One outcome of a rule: reported when {@code when} holds ({@code require: X} is a case whose condition
     * is {@code not: X}). The finding points at {@code reportAt} when given, else at the place that decided it.
     */
    record Case(Condition when, Severity severity, MessageTemplate message, PathExpr reportAt) {
    }

    /**
     * What a rule's file compiles to beyond its metadata and subscription: where its id is written, what it reads
     * below the nodes handed over, and when it reports. A built-in rule's is compiled when it is first handed a node.
     */
    record Body(Span idAt, Selector selector, Condition where, List<Case> cases) {
        Body {
            cases = List.copyOf(cases);
        }
    }

    /** The variants a resource (or state) is read in: the same for every rule that selects it, so found once per file. */
    private static final Memo<List<DeploymentVariant>> VARIANTS = Memo.named("deployment variants of a selected extent");

    /** A selected extent read in a variant, both by identity: the engine hands every rule the same nodes and variants. */
    private record Extent(Node node, DeploymentVariant variant) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Extent other && other.node == node && other.variant == variant;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(node) + System.identityHashCode(variant);
        }
    }

    private final RuleMeta meta;
    private final Supplier<String> helpText;
    private final String origin;
    private final Selector.Subscription subscription;
    private final Supplier<Body> body;

    private YamlRule(RuleMeta meta, Supplier<String> helpText, String origin, Selector.Subscription subscription, Supplier<Body> body) {
        this.meta = meta;
        this.helpText = helpText;
        this.origin = origin;
        this.subscription = subscription;
        this.body = body;
    }

    /**
     * @param origin the file it was read from, as shown in messages (a built-in one as {@code stacklint:rules/...})
     * @param body   its compiled body, given once it is asked for (it must agree with {@code subscription})
     */
    static YamlRule of(RuleMeta meta, Supplier<String> helpText, String origin, Selector.Subscription subscription, Supplier<Body> body) {
        return switch (subscription.kind()) {
            case CFN_RESOURCE -> new OnResource(meta, helpText, origin, subscription, body);
            case ASL_STATE -> new OnState(meta, helpText, origin, subscription, body);
            case ASL_MACHINE -> new OnMachine(meta, helpText, origin, subscription, body);
            case IAM_STATEMENT -> new OnStatement(meta, helpText, origin, subscription, body);
        };
    }

    @Override
    public RuleMeta meta() {
        return meta;
    }

    @Override
    public String help() {
        return helpText.get();
    }

    public String origin() {
        return origin;
    }

    /** Where its id is written, for problems with the id. */
    public Span idAt() {
        return body.get().idAt();
    }

    Selector.Subscription subscription() {
        return subscription;
    }

    Body body() {
        return body.get();
    }

    Selector selector() {
        return body.get().selector();
    }

    /** True for a rule of the pack that ships in stacklint's jar; false for a user's pack. */
    public boolean isBuiltin() {
        return origin.startsWith("stacklint:");
    }

    @Override
    public String toString() {
        return meta.id() + " (" + origin + ")";
    }

    /** Checks the places the selector's paths lead to from a node the engine handed over. */
    final void check(Focus root, RuleContext context) {
        Body compiled = body.get();
        Condition.Eval eval = new Condition.Eval(meta.id());
        for (Focus selected : compiled.selector().below(root)) {
            // The whole resource is read (a $resource/... path may leave the selected node), in each way it may be
            // deployed: a state machine's variant, extended to the conditions the rest of the resource names.
            Node extent = selected.scope().resource() != null ? selected.scope().resource().node() : selected.node();
            DeploymentVariant given = selected.scope().variant();
            for (DeploymentVariant variant : VARIANTS.per(new Extent(extent, given)).in(selected.scope().model(), () -> given.refine(extent))) {
                // refine gives the variant itself back when the resource names no further condition (the common case).
                Focus focus = variant == given ? selected : new Focus(selected.node(), selected.anchor(), selected.parent(),
                        selected.scope().withVariant(variant), selected.nearest(), selected.missing());
                check(compiled, focus, eval, context.inVariant(variant));
            }
        }
    }

    private void check(Body compiled, Focus focus, Condition.Eval eval, RuleContext context) {
        if (!compiled.where().test(focus, eval).holds()) {
            return;
        }
        for (Case c : compiled.cases()) {
            Condition.Outcome outcome = c.when().test(focus, eval);
            if (outcome.holds()) {
                Node at = c.reportAt() != null ? c.reportAt().resolve(focus).reportNode() : outcome.witness().valueNode();
                context.report(c.severity() != null ? c.severity() : meta.severity(), at, c.message().render(focus, outcome.witness()));
                break;
            }
        }
    }

    /** {@code select: {cfn-resource: ...}}: each template resource of a matching type (as it deploys, with {@code as-deployed}). */
    static final class OnResource extends YamlRule implements ResourceRule, MatchesTypes {
        private OnResource(RuleMeta meta, Supplier<String> helpText, String origin, Selector.Subscription subscription, Supplier<Body> body) {
            super(meta, helpText, origin, subscription, body);
        }

        @Override
        public Set<String> resourceTypes() {
            return Set.of();
        }

        @Override
        public boolean visitsType(String type) {
            return subscription().visitsType(type);
        }

        @Override
        public void check(Resource written, RuleContext context) {
            Resource resource = subscription().asDeployed() ? context.model().template().deployedAs(written) : written;
            check(Focus.present(resource.node(), resource.key(), null, Scope.of(context.model()).withResource(resource)), context);
        }
    }

    /** {@code select: {asl-state: ..., resource: ...}}: each state of a matching type (and Task resource), at any depth. */
    static final class OnState extends YamlRule implements StateRule, MatchesTypes {
        private OnState(RuleMeta meta, Supplier<String> helpText, String origin, Selector.Subscription subscription, Supplier<Body> body) {
            super(meta, helpText, origin, subscription, body);
        }

        @Override
        public boolean visitsType(String type) {
            return subscription().visitsType(type);
        }

        @Override
        public void check(State state, StateMachine machine, RuleContext context) {
            if (selector().visitsTask(state)) {
                check(Focus.present(state.node(), state.key(), null, Scope.of(context.model()).withMachine(machine).withState(state)), context);
            }
        }
    }

    /** {@code select: {asl-machine: ...}}: each state machine definition the model found. */
    static final class OnMachine extends YamlRule implements StateMachineRule {
        private OnMachine(RuleMeta meta, Supplier<String> helpText, String origin, Selector.Subscription subscription, Supplier<Body> body) {
            super(meta, helpText, origin, subscription, body);
        }

        @Override
        public void check(StateMachine machine, RuleContext context) {
            Scope inMachine = Scope.of(context.model()).withMachine(machine);
            check(Focus.present(machine.definition().node(), PathExpr.machineAnchor(inMachine), null, inMachine), context);
        }
    }

    /** {@code select: {iam-statement: ...}}: each policy statement of the template, of the effect named. */
    static final class OnStatement extends YamlRule implements PolicyStatementRule {
        private OnStatement(RuleMeta meta, Supplier<String> helpText, String origin, Selector.Subscription subscription, Supplier<Body> body) {
            super(meta, helpText, origin, subscription, body);
        }

        @Override
        public void check(PolicyStatement statement, RuleContext context) {
            if (selector().visitsStatement(statement)) {
                check(Focus.present(statement.node(), statement.node(), null, Scope.of(context.model()).withStatement(statement)), context);
            }
        }
    }
}
