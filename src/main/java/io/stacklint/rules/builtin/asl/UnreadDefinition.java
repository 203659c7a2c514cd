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
 * A state machine whose definition stacklint does not read, so that none of its states is checked: said
 * plainly rather than passed over in silence. Definitions in S3 are never fetched; a definition computed
 * at deploy time has no text to read.
 */
public final class UnreadDefinition implements ResourceRule {
    public static final RuleMeta META = RuleMeta.of("ASL005", "unread-definition",
            "State machine definition is not read, so its states are not checked", Severity.NOTE, "0.1.0", "asl", "coverage");

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
        for (UnreadSource source : context.model().unreadSources()) {
            if (source.resource() != machine) {
                continue;
            }
            if (source.reason() == UnreadSource.Reason.REMOTE) {
                context.report(source.at(), "the definition of '%s' given in %s %s, which stacklint does not fetch: its states are not checked",
                        machine.logicalId(), source.property(), source.detail());
            } else if (source.reason() == UnreadSource.Reason.UNREADABLE) {
                context.report(source.at(), "%s of '%s' is %s: its states are not checked",
                        source.property(), machine.logicalId(), source.detail());
            } else if (source.reason() == UnreadSource.Reason.NOT_A_DEFINITION) {
                // Not a matter of stacklint's reach: no deployment can succeed with this value.
                context.report(Severity.ERROR, source.at(), "%s of '%s' is %s: a state machine definition is a JSON object with "
                        + "StartAt and States, so CloudFormation or Step Functions rejects it", source.property(), machine.logicalId(), source.detail());
            }
        }
    }
}
