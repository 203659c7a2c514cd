package io.stacklint.model.iam;

import io.stacklint.model.asl.IntegrationCatalog;
import io.stacklint.model.asl.IntegrationGrant;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.cfn.TemplateValues;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the catalog's grants of one Task (or setting) into needs: each target field's values made into ARNs,
 * a run-time target into an any-resource need, the roles an ECS task definition passes into {@code iam:PassRole}.
 */
final class TaskNeeds {
    private final StateMachine machine;
    private final Template template;
    private final DefinitionValues values;
    private final List<PermissionNeed> needs;
    private final Set<PermissionNeed> seen = new java.util.HashSet<>();
    private final Set<String> unresolved;

    TaskNeeds(StateMachine machine, Template template, DefinitionValues values, List<PermissionNeed> needs, Set<String> unresolved) {
        this.machine = machine;
        this.template = template;
        this.values = values;
        this.needs = needs;
        this.unresolved = unresolved;
    }

    StateMachine machine() {
        return machine;
    }

    Template template() {
        return template;
    }

    void unresolved(String reason) {
        unresolved.add(reason);
    }

    /** The grants of an entry, with targets named by definition fields (or, {@code inTemplate}, by template properties). */
    void grants(IntegrationCatalog.Entry entry, MachineNeeds.Fields fields, Node at, String purpose) {
        grants(entry, fields, at, purpose, false);
    }

    void grants(IntegrationCatalog.Entry entry, MachineNeeds.Fields fields, Node at, String purpose, boolean inTemplate) {
        for (IntegrationGrant grant : entry.grants()) {
            boolean confirmed = entry.confirmed() && grant.confirmed();
            String action = canonical(grant.action());
            if (grant.unmodeled()) {
                add(action, "*", true, at, purpose, confirmed);
            } else if (!grant.hasTarget()) {
                boolean wildcard = grant.resource().contains("*") && !grant.resource().equals("*");
                add(action, grant.resource(), wildcard, at, purpose, confirmed);
            } else if (grant.kind().equals("ecs-task-roles")) {
                new EcsTaskRoles(this).passRoles(fields, at, purpose, confirmed);
            } else {
                for (String resource : targets(grant, fields, at, inTemplate)) {
                    add(action, resource == null ? "*" : resource, resource == null, at, purpose, confirmed);
                }
            }
        }
    }

    /** The ARNs a grant's target takes; a null entry where it is chosen at run time or not of a known form. */
    List<String> targets(IntegrationGrant grant, MachineNeeds.Fields fields, Node at, boolean inTemplate) {
        List<String> out = new ArrayList<>();
        String field = grant.field();
        if (field.equals("$self")) {
            String self = machine.resource() == null || template == null ? null : TemplateValues.arnOf(machine.resource().logicalId(), template);
            out.add(self == null ? null : TargetArns.of(grant.kind(), self, null));
            return out;
        }
        if (field.equals("$resource")) {
            for (String value : values.symbolic(machine.substitutions().valueOf(at))) {
                out.add(TargetArns.of(grant.kind(), value, null));
            }
            return out;
        }
        if (fields.dynamic()) {
            out.add(null);
            return out;
        }
        List<DefinitionValues.Found> found = fields.map() == null ? List.of() : DefinitionValues.field(fields.map(), field);
        String fallback = grant.fallback() == null ? null : TargetArns.of(grant.kind(), grant.fallback(), null);
        if (found.isEmpty()) {
            out.add(fallback);
            return out;
        }
        String sibling = sibling(grant.kind(), fields.map(), inTemplate);
        for (DefinitionValues.Found value : found) {
            if (value.dynamic() || value.node() == null) {
                out.add(value.dynamic() ? null : fallback);
                continue;
            }
            for (String symbolic : symbolic(value.node(), inTemplate)) {
                String target = grant.kind().equals("events-connection-secret") ? connectionArn(symbolic) : symbolic;
                out.add(qualified(grant.kind(), TargetArns.of(grant.kind(), target, sibling), fields.map()));
            }
        }
        return out;
    }

    List<String> symbolic(Node node, boolean inTemplate) {
        if (inTemplate) {
            List<String> all = template == null ? List.of() : TemplateValues.alternatives(node, template);
            return all.isEmpty() ? java.util.Collections.singletonList(null) : all;
        }
        return values.symbolic(node);
    }

    /** The Key beside a Bucket (an object) or the Prefix (objects written under it); null when chosen at run time. */
    private String sibling(String kind, MapNode map, boolean inTemplate) {
        String name = kind.equals("s3-object") ? "Key" : kind.equals("s3-prefix") ? "Prefix" : null;
        if (name == null || map == null) {
            return null;
        }
        List<DefinitionValues.Found> found = DefinitionValues.field(map, name);
        if (found.size() != 1 || found.get(0).dynamic()) {
            return null;
        }
        List<String> symbolic = symbolic(found.get(0).node(), inTemplate);
        return symbolic.size() == 1 ? symbolic.get(0) : null;
    }

    /**
     * {@code !GetAtt C.Arn} of an {@code AWS::Events::Connection} as its ARN form, {@code connection/NAME/ID}, so
     * that the secret EventBridge keeps its credentials in can be named.
     */
    private String connectionArn(String symbolic) {
        if (symbolic == null || template == null || !symbolic.matches("\\$\\{[A-Za-z0-9]+\\.Arn}")) {
            return symbolic;
        }
        String id = symbolic.substring(2, symbolic.length() - ".Arn}".length());
        Resource connection = resource(id);
        if (connection == null || !"AWS::Events::Connection".equals(connection.type())) {
            return symbolic;
        }
        String name = connection.property("Name") == null ? null : TemplateValues.symbolic(connection.property("Name"), template);
        return "arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:connection/" + (name == null ? "${" + id + "}" : name)
                + "/${" + id + ".Arn}";
    }

    /** A Lambda {@code Qualifier} field names the version or alias invoked. */
    private static String qualified(String kind, String arn, MapNode map) {
        if (!kind.equals("lambda-function") || arn == null || map == null || !(map.get("Qualifier") instanceof ScalarNode q)
                || q.value() == null || arn.replaceAll("\\$\\{[^}]*}", "x").split(":", -1).length != 7) {
            return arn;
        }
        return arn + ":" + q.value();
    }

    /**
     * Adds a need once. An action the IAM reference does not list (an SDK operation whose IAM action is named
     * otherwise, say) is not confirmed: no role can be faulted for lacking it.
     */
    void add(String action, String resource, boolean anyResource, Node at, String purpose, boolean confirmed) {
        boolean known = ActionCatalog.get().canonical(action).isPresent();
        PermissionNeed need = new PermissionNeed(action, anyResource ? "*".equals(resource) || resource == null ? "*" : resource : resource,
                anyResource, at, purpose, confirmed && known);
        if (seen.add(need)) {
            needs.add(need);
        }
    }

    static String canonical(String action) {
        return ActionCatalog.get().canonical(action).orElse(action);
    }

    Resource resource(String logicalId) {
        return template == null ? null : template.resource(logicalId).orElse(null);
    }
}
