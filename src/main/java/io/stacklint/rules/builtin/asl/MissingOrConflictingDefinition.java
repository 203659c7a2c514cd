package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.StateMachineLocator;
import io.stacklint.model.cfn.Resource;
import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.tree.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A state machine resource needs exactly one definition property: with none, the deployment fails; with two,
 * CloudFormation or SAM refuses to choose, and a reader cannot tell which one runs.
 */
public final class MissingOrConflictingDefinition implements ResourceRule {
    public static final RuleMeta META = RuleMeta.of("ASL013", "missing-or-conflicting-definition",
            "State machine has no definition, or more than one", Severity.ERROR, "0.2.0", "asl", "correctness");

    private static final List<String> NATIVE = List.of("Definition", "DefinitionString", "DefinitionS3Location");
    private static final List<String> SAM = List.of("Definition", "DefinitionUri");

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
        if (machine.properties() == null) {
            context.report(machine.key(), "State machine '%s' has no Properties, so no definition: the deployment fails", machine.logicalId());
            return;
        }
        List<String> allowed = "AWS::Serverless::StateMachine".equals(machine.type()) ? SAM : NATIVE;
        List<Entry> given = new ArrayList<>();
        for (String name : allowed) {
            if (machine.properties().entry(name) != null) {
                given.add(machine.properties().entry(name));
            }
        }
        if (given.isEmpty()) {
            context.report(machine.key(), "State machine '%s' has none of %s: it has no definition, and the deployment fails",
                    machine.logicalId(), String.join(", ", allowed));
        }
        for (Entry extra : given.subList(Math.min(1, given.size()), given.size())) {
            context.report(extra.key(), "State machine '%s' has both %s and %s: it takes exactly one definition; remove one",
                    machine.logicalId(), given.get(0).name(), extra.name());
        }
    }
}
