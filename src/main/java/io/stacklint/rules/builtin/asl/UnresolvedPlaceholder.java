package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.Placeholder;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.cfn.Template;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateMachineRule;

/**
 * A {@code ${Name}} placeholder of a definition that no {@code DefinitionSubstitutions} key fills. Placeholders
 * written unescaped in {@code Fn::Sub} text are Sub's own variables (CFN003 checks them); a standalone
 * definition has no template to judge them by, and a template run through a macro other than SAM may be
 * given substitutions by the macro: both stay quiet.
 */
public final class UnresolvedPlaceholder implements StateMachineRule {
    public static final RuleMeta META = RuleMeta.of("ASL008", "unresolved-placeholder",
            "Definition placeholder has no DefinitionSubstitutions entry", Severity.ERROR, "0.2.0", "asl", "correctness");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(StateMachine machine, RuleContext context) {
        Template template = context.model().template();
        if (machine.resource() == null || template == null || !machine.substitutions().isKnown()
                || template.transforms().stream().anyMatch(t -> !t.equals(Template.SAM_TRANSFORM))) {
            return;
        }
        for (Placeholder placeholder : machine.placeholders()) {
            String name = placeholder.name();
            if (!placeholder.isSubstitution() || machine.substitutions().has(name)) {
                continue;
            }
            boolean declared = template.hasParameter(name) || template.resource(name).isPresent();
            context.report(placeholder.span(), placeholder.path(),
                    "placeholder ${%s} in the definition of '%s' has no DefinitionSubstitutions entry: it is deployed as the literal "
                            + "text '${%s}'%s", name, machine.resource().logicalId(), name,
                    declared ? "; '" + name + "' of the template is not substituted by itself: add " + name + ": !Ref " + name
                            + " (or !GetAtt) to DefinitionSubstitutions" : "");
        }
    }
}
