package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.MiscasedDefinitionFile;
import io.stacklint.model.asl.StateMachineLocator;
import io.stacklint.model.cfn.Resource;
import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import java.util.Set;

/**
 * A SAM {@code DefinitionUri} that names its file in other letter case than the disk spells it: found on a
 * case-insensitive file system (macOS, Windows), not found on Linux, where CI usually builds. The definition is
 * still read, in its resource's context, so its states are checked.
 */
public final class DefinitionUriCaseMismatch implements ResourceRule {
    public static final RuleMeta META = RuleMeta.of("ASL160", "definition-uri-case-mismatch",
            "DefinitionUri differs from the file on disk in letter case", Severity.ERROR, "0.2.0", "asl", "portability");

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
        for (MiscasedDefinitionFile file : context.model().miscasedDefinitionFiles()) {
            if (file.resource() == machine) {
                context.report(file.at(), "DefinitionUri of '%s' names '%s', but the file on disk is '%s': a case-sensitive "
                        + "file system (Linux, where CI usually runs sam build) finds no such file; write the path as the disk spells it",
                        machine.logicalId(), file.written(), file.onDisk());
            }
        }
    }
}
