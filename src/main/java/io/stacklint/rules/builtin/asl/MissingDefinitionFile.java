package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.StateMachineLocator;
import io.stacklint.model.asl.UnreadSource;
import io.stacklint.model.cfn.Resource;
import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import java.util.Set;

/** A SAM {@code DefinitionUri} naming a local file that is not there: SAM cannot build the stack. */
public final class MissingDefinitionFile implements ResourceRule {
    public static final RuleMeta META = RuleMeta.of("ASL006", "missing-definition-file",
            "DefinitionUri names a file that does not exist", Severity.ERROR, "0.2.0", "asl", "correctness");

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
        for (UnreadSource source : context.model().unreadSources(machine, UnreadSource.Reason.MISSING_FILE)) {
            context.report(source.at(), "DefinitionUri of '%s': %s (the path is relative to the template's directory); "
                    + "SAM cannot package the state machine, and its states are not checked", machine.logicalId(), source.detail());
        }
    }
}
