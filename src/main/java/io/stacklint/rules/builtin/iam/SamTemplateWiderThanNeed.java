package io.stacklint.rules.builtin.iam;

import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.ActionCatalog;
import io.stacklint.model.iam.Grant;
import io.stacklint.model.iam.SamPolicyTemplates;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.TemplateRule;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A SAM policy template in a state machine's {@code Policies} that allows more than its states use: names the
 * narrowest SAM policy template with the same parameters that still covers what is used, or the statement to write.
 */
public final class SamTemplateWiderThanNeed implements TemplateRule {
    public static final RuleMeta META = RuleMeta.of("IAM025", "sam-policy-template-wider-than-need",
            "SAM policy template allows more than the state machine uses", Severity.NOTE, "0.1.0", "iam", "security", "least-privilege");

    private static final String ORIGIN = "SAM policy template ";
    private static final Set<String> READ_LEVELS = Set.of("Read", "List");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Template template, RuleContext context) {
        for (MachineRoles.RoleUse use : MachineRoles.of(context.model())) {
            // One policy template written once gives several grants (one per statement): judge it as a whole.
            Map<Node, List<Grant>> byUse = new IdentityHashMap<>();
            List<Node> order = new ArrayList<>();
            for (Grant grant : use.execution().grants()) {
                if (grant.allow() && !grant.conditional() && grant.origin().startsWith(ORIGIN) && !grant.actions().isEmpty()) {
                    if (byUse.putIfAbsent(grant.statement(), new ArrayList<>()) == null) {
                        order.add(grant.statement());
                    }
                    byUse.get(grant.statement()).add(grant);
                }
            }
            if (order.isEmpty()) {
                continue;
            }
            RoleNeeds needs = RoleNeeds.of(use, context);
            if (needs == null) {
                continue;
            }
            order.forEach(written -> check(byUse.get(written), needs, context));
        }
    }

    private static void check(List<Grant> grants, RoleNeeds needs, RuleContext context) {
        String name = grants.get(0).origin().substring(ORIGIN.length());
        Map<String, String> allowed = new LinkedHashMap<>();
        Set<String> used = new LinkedHashSet<>();
        for (Grant grant : grants) {
            for (ScalarNode action : grant.actions()) {
                for (String expanded : ActionCatalog.get().expand(action.value())) {
                    allowed.putIfAbsent(expanded.toLowerCase(Locale.ROOT), expanded);
                    if (needs.uses(expanded, grant)) {
                        used.add(expanded);
                    }
                }
            }
        }
        if (allowed.isEmpty() || used.size() == allowed.size()) {
            return;
        }
        ScalarNode at = grants.get(0).actions().get(0);
        if (used.isEmpty()) {
            context.report(at, "SAM policy template %s allows nothing the states of %s use: remove it", name, needs.machines());
            return;
        }
        String narrower = narrower(name, used, allowed.size());
        // A read-only template a little wider than the reads used is what SAM offers: only a narrower template, or
        // write and permission actions that no state uses, are worth a note.
        boolean unusedWrites = allowed.values().stream().filter(a -> !used.contains(a))
                .anyMatch(a -> !READ_LEVELS.contains(ActionCatalog.get().accessLevel(a).orElse("")));
        if (narrower == null && !unusedWrites) {
            return;
        }
        context.report(at, "SAM policy template %s allows more than the states of %s use (%s): %s", name, needs.machines(),
                String.join(", ", used), narrower != null ? narrower + " covers it"
                        : "write a statement that allows " + (used.size() == 1 ? "it" : "them") + " on the same resource instead");
    }

    /** The SAM policy template with the same parameters and the fewest actions that still allows every used action; null if none is narrower. */
    private static String narrower(String current, Set<String> used, int currentSize) {
        SamPolicyTemplates.PolicyTemplate template = SamPolicyTemplates.get(current);
        if (template == null) {
            return null;
        }
        String best = null;
        int bestSize = currentSize;
        for (String name : SamPolicyTemplates.names()) {
            SamPolicyTemplates.PolicyTemplate candidate = SamPolicyTemplates.get(name);
            if (name.equals(current) || !candidate.parameters().equals(template.parameters())) {
                continue;
            }
            Set<String> actions = new LinkedHashSet<>();
            candidate.statements().stream().filter(s -> s.allow() && !s.conditional()).forEach(s -> s.actions()
                    .forEach(a -> ActionCatalog.get().expand(a).forEach(e -> actions.add(e.toLowerCase(Locale.ROOT)))));
            boolean covers = used.stream().allMatch(u -> actions.contains(u.toLowerCase(Locale.ROOT)));
            if (covers && (actions.size() < bestSize || actions.size() == bestSize && best != null && name.compareTo(best) < 0)) {
                best = name;
                bestSize = actions.size();
            }
        }
        return best;
    }
}
