package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.StateMachineLocator;
import io.stacklint.model.asl.UnreadSource;
import io.stacklint.model.cfn.Resource;
import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import java.util.Set;

/**
 * A SAM {@code DefinitionUri} that leads outside the repository being linted (the git work tree, else the
 * directory given on the command line), through {@code ..}, an absolute path or a symbolic link. stacklint
 * refuses to read it: a template must not steer the linter to arbitrary files.
 */
public final class DefinitionFileOutsideTemplate implements ResourceRule {
    public static final RuleMeta META = RuleMeta.of("ASL007", "definition-file-outside-template",
            "DefinitionUri leads outside the repository being linted", Severity.ERROR, "0.2.0", "asl", "security");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Set<String> resourceTypes() {
        return StateMachineLocator.STATE_MACHINE_TYPES;
    }

    @Override
    public void check(Resource machine, RuleContext context) {
        for (UnreadSource source : context.model().unreadSources(machine, UnreadSource.Reason.OUTSIDE_TEMPLATE)) {
            context.report(source.at(), "DefinitionUri of '%s' leads to %s: stacklint refuses to read it, so its states "
                    + "are not checked; keep the definition in the repository that deploys it",
                    machine.logicalId(), source.detail());
        }
    }
}
