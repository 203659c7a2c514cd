package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.Placeholder;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.asl.StateMachineLocator;
import io.stacklint.model.asl.Substitutions;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.tree.Entry;
import java.util.List;
import java.util.Set;

/**
 * A {@code DefinitionSubstitutions} key that no placeholder of the definition uses (in any branch of an
 * {@code Fn::If}): a typo on one side, or a value that Fn::Sub fills before DefinitionSubstitutions sees it.
 * Quiet when part of the definition is not read (in S3, computed, not parseable): the key may be used there.
 */
public final class UnusedSubstitution implements ResourceRule {
    public static final RuleMeta META = RuleMeta.of("ASL009", "unused-substitution",
            "DefinitionSubstitutions key is used by no placeholder", Severity.WARNING, "0.2.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Set<String> resourceTypes() {
        return StateMachineLocator.STATE_MACHINE_TYPES;
    }

    @Override
    public void check(Resource resource, RuleContext context) {
        Substitutions substitutions = Substitutions.of(resource);
        Template template = context.model().template();
        List<Placeholder> placeholders = context.model().stateMachines().stream()
                .filter(m -> m.resource() == resource).flatMap(m -> m.placeholders().stream()).toList();
        boolean allRead = context.model().unreadSources().stream().noneMatch(u -> u.resource() == resource)
                && context.model().stateMachines().stream().anyMatch(m -> m.resource() == resource);
        if (!substitutions.isKnown() || !allRead || template == null
                || template.transforms().stream().anyMatch(t -> !t.equals(Template.SAM_TRANSFORM))) {
            return;
        }
        for (Entry entry : substitutions.entries()) {
            String name = entry.name();
            if (placeholders.stream().anyMatch(p -> p.isSubstitution() && p.name().equals(name))) {
                continue;
            }
            if (placeholders.stream().anyMatch(p -> p.name().equals(name))) {
                context.report(entry.key(), "DefinitionSubstitutions key '%s' of '%s' is never used: the definition writes ${%s} in "
                        + "Fn::Sub text, which Fn::Sub fills itself (or rejects) first; write ${!%s} to leave it for DefinitionSubstitutions",
                        name, resource.logicalId(), name, name);
            } else {
                context.report(entry.key(), "DefinitionSubstitutions key '%s' of '%s' is used by no ${%s} placeholder in the definition: "
                        + "it substitutes nothing", name, resource.logicalId(), name);
            }
        }
    }
}
