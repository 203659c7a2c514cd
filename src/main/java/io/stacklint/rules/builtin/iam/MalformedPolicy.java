package io.stacklint.rules.builtin.iam;

import io.stacklint.model.NodeValues;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.PolicyDocument;
import io.stacklint.model.iam.PolicyDocument.Kind;
import io.stacklint.model.iam.PolicyGrammar;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.TemplateRule;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Policy documents that IAM (or the service holding a resource policy) rejects at deployment: a wrong Version,
 * a statement that is not a mapping, a missing or invalid Effect, elements that exclude each other, a missing
 * Action, Resource or Principal, a Principal in an identity policy, a Resource in a trust policy, invalid or
 * duplicate Sids, unknown condition operators. Values given by intrinsics are not judged.
 */
public final class MalformedPolicy implements TemplateRule {
    public static final RuleMeta META = RuleMeta.of("IAM033", "malformed-policy",
            "Policy document breaks the IAM policy grammar", Severity.ERROR, "0.3.0", "iam", "correctness");

    private static final Set<String> ELEMENTS = Set.of("Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction",
            "Resource", "NotResource", "Condition");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Template template, RuleContext context) {
        for (PolicyDocument document : context.model().policyDocuments()) {
            for (PolicyDocument.TextSyntaxError problem : document.textSyntaxErrors()) {
                context.report(problem.span(), problem.path(), "Policy document of '%s' is JSON text that IAM cannot parse: %s",
                        document.owner().logicalId(), problem.message());
            }
            if (document.node() instanceof MapNode map && map.intrinsicName() == null) {
                String owner = "'" + document.owner().logicalId() + "'";
                if (document.single()) {
                    statement(map, document.kind(), owner, context);
                } else {
                    document(map, document.kind(), owner, context);
                }
            }
        }
    }

    private static void document(MapNode document, Kind kind, String owner, RuleContext context) {
        if (document.get("Version") instanceof ScalarNode version && !deployTime(version) && !PolicyGrammar.VERSIONS.contains(version.value())) {
            context.report(version, "Policy Version '%s' in %s is not one IAM knows: write 2012-10-17", version.value(), owner);
        }
        Entry statements = document.entry("Statement");
        if (statements == null) {
            context.report(document, "Policy document of %s has no Statement", owner);
            return;
        }
        Map<String, ScalarNode> sids = new HashMap<>();
        Node value = statements.value();
        for (Node item : value instanceof SeqNode seq ? seq.items() : java.util.List.of(value)) {
            if (item instanceof MapNode map && map.intrinsicName() == null) {
                statement(map, kind, owner, context);
                duplicateSid(map, kind, owner, sids, context);
            } else if (item instanceof MapNode ifCall && "Fn::If".equals(ifCall.intrinsicName())) {
                NodeValues.maps(ifCall).forEach(branch -> statement(branch, kind, owner, context));
            } else if (item instanceof ScalarNode && !deployTime(item) || item instanceof SeqNode) {
                context.report(item, "Statement of %s is %s where a statement mapping (Effect, Action, Resource, ...) goes",
                        owner, item.describe());
            }
        }
    }

    private static void statement(MapNode statement, Kind kind, String owner, RuleContext context) {
        for (Entry entry : statement.entries()) {
            if (!ELEMENTS.contains(entry.name()) && statement.intrinsicName() == null && !entry.name().contains("${")) {
                context.report(entry.key(), "Statement of %s has the element '%s', which the policy grammar does not know", owner, entry.name());
            }
        }
        effect(statement, owner, context);
        exclusive(statement, "Action", "NotAction", owner, context);
        exclusive(statement, "Resource", "NotResource", owner, context);
        exclusive(statement, "Principal", "NotPrincipal", owner, context);
        if (!statement.has("Action") && !statement.has("NotAction")) {
            context.report(statement, "Statement of %s has no Action or NotAction", owner);
        }
        boolean principal = statement.has("Principal") || statement.has("NotPrincipal");
        switch (kind) {
            case IDENTITY -> {
                if (!statement.has("Resource") && !statement.has("NotResource")) {
                    context.report(statement, "Statement of %s has no Resource or NotResource: an identity policy must name its resources", owner);
                }
                if (principal) {
                    Entry e = statement.has("Principal") ? statement.entry("Principal") : statement.entry("NotPrincipal");
                    context.report(e.key(), "%s in an identity policy of %s: IAM rejects it (the principal is whoever holds the policy)", e.name(), owner);
                }
            }
            case TRUST -> {
                Entry resource = statement.has("Resource") ? statement.entry("Resource") : statement.entry("NotResource");
                if (resource != null) {
                    context.report(resource.key(), "%s in the trust policy of %s: IAM rejects it (the resource is the role itself)", resource.name(), owner);
                }
                if (!principal) {
                    context.report(statement, "Statement of the trust policy of %s has no Principal: it must say who may assume the role", owner);
                }
            }
            case RESOURCE -> {
                if (!principal) {
                    context.report(statement, "Statement of the resource policy %s has no Principal: it must say who is granted access", owner);
                }
            }
        }
        sid(statement, kind, owner, context);
        condition(statement.get("Condition"), owner, context);
    }

    private static void effect(MapNode statement, String owner, RuleContext context) {
        Node effect = statement.get("Effect");
        if (effect == null) {
            context.report(statement, "Statement of %s has no Effect: write Allow or Deny", owner);
        } else if (effect instanceof ScalarNode scalar && !deployTime(scalar) && !PolicyGrammar.EFFECTS.contains(scalar.value())) {
            context.report(scalar, "Effect '%s' in %s is not Allow or Deny (IAM compares it case-sensitively)", scalar.value(), owner);
        }
    }

    private static void exclusive(MapNode statement, String one, String other, String owner, RuleContext context) {
        if (statement.has(one) && statement.has(other)) {
            context.report(statement.entry(other).key(), "Statement of %s has both %s and %s: use one of them", owner, one, other);
        }
    }

    private static void sid(MapNode statement, Kind kind, String owner, RuleContext context) {
        if (kind != Kind.RESOURCE && statement.get("Sid") instanceof ScalarNode sid && sid.value() != null && !deployTime(sid)
                && !PolicyGrammar.isIamSid(sid.value())) {
            context.report(sid, "Sid '%s' in %s holds characters IAM does not accept: use only letters and digits", sid.value(), owner);
        }
    }

    private static void duplicateSid(MapNode statement, Kind kind, String owner, Map<String, ScalarNode> seen, RuleContext context) {
        if (kind != Kind.RESOURCE && statement.get("Sid") instanceof ScalarNode sid && sid.value() != null && !sid.value().isEmpty() && !deployTime(sid)) {
            ScalarNode first = seen.putIfAbsent(sid.value(), sid);
            if (first != null) {
                context.report(sid, "Sid '%s' appears twice in one policy document of %s: IAM requires each Sid to be unique", sid.value(), owner);
            }
        }
    }

    private static void condition(Node condition, String owner, RuleContext context) {
        if (condition == null || condition instanceof MapNode map && map.intrinsicName() != null) {
            return;
        }
        if (deployTime(condition)) {
            return;
        }
        if (!(condition instanceof MapNode operators)) {
            context.report(condition, "Condition of %s is %s where a mapping of operators goes", owner, condition.describe());
            return;
        }
        for (Entry operator : operators.entries()) {
            if (operator.name().contains("${")) {
                continue;
            }
            if (!PolicyGrammar.isConditionOperator(operator.name())) {
                context.report(operator.key(), "Condition operator '%s' in %s is not one IAM knows", operator.name(), owner);
            } else if (operator.value() instanceof ScalarNode && !deployTime(operator.value()) || operator.value() instanceof SeqNode) {
                context.report(operator.value(), "Condition operator '%s' in %s takes a mapping of condition keys, not %s",
                        operator.name(), owner, operator.value().describe());
            }
        }
    }

    /**
     * A string holding a {@code ${Name}} placeholder: in a document written as JSON text ({@code Fn::Sub},
     * {@code Fn::Join}) that part is decided at deploy time, as an intrinsic is in a mapping, and is not judged.
     */
    private static boolean deployTime(Node value) {
        return value instanceof ScalarNode scalar && scalar.value() != null && scalar.value().contains("${");
    }
}
