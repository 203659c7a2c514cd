package io.stacklint.rules.builtin.asl;

import io.stacklint.model.NodeValues;
import io.stacklint.model.asl.StateMachineLocator;
import io.stacklint.model.cfn.Resource;
import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.tree.Entry;
import java.util.List;
import java.util.Set;

/**
 * A state machine whose definition stacklint does not read, so that none of its states is checked: said
 * plainly rather than passed over in silence.
 */
public final class UnreadDefinition implements ResourceRule {
    public static final RuleMeta META = RuleMeta.of("ASL005", "unread-definition",
            "State machine definition is not read, so its states are not checked", Severity.NOTE, "0.1.0", "asl", "coverage");

    private static final List<String> OTHER_SOURCES = List.of("DefinitionString", "DefinitionUri", "DefinitionS3Location");

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
            return;
        }
        Entry definition = machine.properties().entry("Definition");
        if (definition != null && NodeValues.maps(definition.value()).isEmpty()) {
            context.report(definition.key(), "Definition of '%s' is %s, not a mapping: its states are not checked",
                    machine.logicalId(), definition.value().describe());
        }
        for (String source : OTHER_SOURCES) {
            Entry entry = machine.properties().entry(source);
            if (entry != null) {
                String why = source.equals("DefinitionS3Location") ? "lives in S3, which stacklint does not fetch"
                        : "is not read by this version of stacklint";
                context.report(entry.key(), "the definition of '%s' given in %s %s: its states are not checked",
                        machine.logicalId(), source, why);
            }
        }
    }
}
