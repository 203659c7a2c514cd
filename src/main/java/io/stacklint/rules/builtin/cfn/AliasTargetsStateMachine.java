package io.stacklint.rules.builtin.cfn;

import io.stacklint.model.asl.StateMachineLocator;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.ResourceRefs;
import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.Set;
import java.util.regex.Pattern;

/** A StateMachineAlias that routes to the state machine itself (its latest revision) instead of a published version. */
public final class AliasTargetsStateMachine implements ResourceRule {
    public static final RuleMeta META = RuleMeta.of("CFN002", "alias-targets-state-machine",
            "State machine alias routes to the unversioned state machine", Severity.ERROR, "0.1.0", "cfn", "deployment");

    /** A state machine ARN with nothing, or something other than a version number, after its name. */
    private static final Pattern UNVERSIONED_ARN = Pattern.compile("arn:[^:]+:states:[^:]*:[^:]*:stateMachine:[^:]+(:(?!\\d+$)[^:]+)?");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of(UnversionedStateMachine.ALIAS);
    }

    @Override
    public void check(Resource alias, RuleContext context) {
        for (Node arn : UnversionedStateMachine.versionArns(alias)) {
            String target = ResourceRefs.target(arn);
            Resource referenced = target == null ? null : context.model().template().resource(target).orElse(null);
            if (referenced != null && StateMachineLocator.isStateMachine(referenced)) {
                context.report(arn, "Alias '%s' routes to state machine '%s' itself, not to a version: point StateMachineVersionArn at an %s",
                        alias.logicalId(), target, UnversionedStateMachine.VERSION);
            } else if (arn instanceof ScalarNode literal && literal.value() != null && UNVERSIONED_ARN.matcher(literal.value()).matches()) {
                context.report(arn, "Alias '%s' routes to '%s', a state machine ARN without a version number at its end",
                        alias.logicalId(), literal.value());
            }
        }
    }
}
