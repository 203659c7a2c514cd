package io.stacklint.model.iam;

import io.stacklint.model.NodeValues;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.ResourceRefs;
import io.stacklint.model.cfn.SamGenerated;
import io.stacklint.model.cfn.Template;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.List;

/** Collects what applies to one role of a template: its own policies, attached ones, SAM's, and its boundary. */
final class RoleGrants {
    private final Template template;
    private final String roleId;
    private final GrantSet identity = new GrantSet();
    private final GrantSet boundary = new GrantSet();
    private final GrantSet resourceBased = new GrantSet();
    private boolean hasBoundary;

    private RoleGrants(Template template, String roleId) {
        this.template = template;
        this.roleId = roleId;
    }

    static ExecutionRole role(String roleId, Template template) {
        RoleGrants grants = new RoleGrants(template, roleId);
        Resource declared = template.resource(roleId).filter(r -> "AWS::IAM::Role".equals(r.type())).orElse(null);
        if (declared != null) {
            return grants.declared(declared);
        }
        SamGenerated.Origin generated = SamGenerated.of(roleId, template);
        if (generated != null && "AWS::IAM::Role".equals(generated.type())) {
            return grants.generated(generated.owner());
        }
        return null;
    }

    private ExecutionRole declared(Resource role) {
        GrantReader reader = new GrantReader(template, identity);
        Node policies = role.property("Policies");
        List<Node> branches = NodeValues.branches(policies);
        for (Node branch : branches) {
            boolean chosen = branches.size() > 1;
            if (branch instanceof io.stacklint.tree.SeqNode seq) {
                for (Node item : seq.items()) {
                    List<Node> itemBranches = NodeValues.branches(item);
                    for (Node policy : itemBranches) {
                        inlinePolicy(reader, policy, role, chosen || itemBranches.size() > 1);
                    }
                }
            } else if (!NodeValues.isNoValue(branch)) {
                identity.opaque("Policies of " + role.logicalId() + " is " + branch.describe() + ", not a list (" + branch.span().startPosition() + ")");
            }
        }
        Node managed = role.property("ManagedPolicyArns");
        for (Node arn : NodeValues.alternatives(managed)) {
            ManagedPolicies.attach(arn, identity, template, GrantReader.hasIf(managed));
        }
        attachedPolicies();
        boundary(role.property("PermissionsBoundary"));
        SamConnectors.forRole(roleId, template, identity);
        ResourcePolicies.forRole(roleId, template, resourceBased);
        return new ExecutionRole(roleId, role.key(), role.property("AssumeRolePolicyDocument"), template, identity, boundary, hasBoundary,
                resourceBased);
    }

    private void inlinePolicy(GrantReader reader, Node policy, Resource role, boolean conditional) {
        if (NodeValues.isNoValue(policy)) {
            return;
        }
        if (!(policy instanceof MapNode map) || map.intrinsicName() != null) {
            identity.opaque("a policy of " + role.logicalId() + " is " + policy.describe() + " (" + policy.span().startPosition() + ")");
            return;
        }
        String name = map.text("PolicyName");
        reader.document(map.get("PolicyDocument"), "inline policy " + (name == null ? "" : name + " ") + "of role " + role.logicalId(), conditional);
    }

    /** The role SAM writes for a function or state machine: its Policies, what SAM adds, connectors, attached policies. */
    private ExecutionRole generated(Resource owner) {
        SamPolicies.read(owner, template, identity);
        attachedPolicies();
        boundary(owner.property("PermissionsBoundary") != null ? owner.property("PermissionsBoundary") : globalBoundary(owner));
        SamConnectors.forRole(roleId, template, identity);
        Entry policies = owner.properties() == null ? null : owner.properties().entry("Policies");
        ResourcePolicies.forRole(roleId, template, resourceBased);
        return new ExecutionRole(roleId, policies != null ? policies.key() : owner.key(), null, template, identity, boundary, hasBoundary,
                resourceBased);
    }

    /** SAM's {@code Globals: {Function: {PermissionsBoundary}}} applies to every function that sets none. */
    private Node globalBoundary(Resource owner) {
        MapNode globals = template.root().map("Globals");
        MapNode functions = globals == null || !"AWS::Serverless::Function".equals(owner.type()) ? null : globals.map("Function");
        return functions == null ? null : functions.get("PermissionsBoundary");
    }

    /** {@code AWS::IAM::Policy} and {@code ManagedPolicy} naming the role in {@code Roles}, {@code RolePolicy} in {@code RoleName}. */
    private void attachedPolicies() {
        GrantReader reader = new GrantReader(template, identity);
        for (Resource resource : template.resources()) {
            String type = resource.type();
            Node names = "AWS::IAM::RolePolicy".equals(type) ? resource.property("RoleName")
                    : "AWS::IAM::Policy".equals(type) || "AWS::IAM::ManagedPolicy".equals(type) ? resource.property("Roles") : null;
            if (names == null || !namesRole(names)) {
                continue;
            }
            boolean conditional = resource.condition() != null || GrantReader.hasIf(names);
            String origin = ("AWS::IAM::ManagedPolicy".equals(type) ? "managed policy " : type + " ") + resource.logicalId();
            reader.document(resource.property("PolicyDocument"), origin, conditional);
        }
    }

    private boolean namesRole(Node names) {
        String literalName = literalRoleName();
        for (Node name : NodeValues.alternatives(names)) {
            if (roleId.equals(ResourceRefs.target(name))) {
                return true;
            }
            if (literalName != null && name instanceof ScalarNode scalar && literalName.equals(scalar.value())) {
                return true;
            }
        }
        return false;
    }

    private String literalRoleName() {
        Resource role = template.resource(roleId).orElse(null);
        Node name = role == null ? null : role.property("RoleName");
        return name instanceof ScalarNode scalar ? scalar.value() : null;
    }

    private void boundary(Node value) {
        if (value == null || NodeValues.isNoValue(value)) {
            return;
        }
        hasBoundary = true;
        for (Node arn : NodeValues.alternatives(value)) {
            ManagedPolicies.attach(arn, boundary, template, GrantReader.hasIf(value));
        }
        if (GrantReader.hasIf(value)) {
            boundary.opaque("the permissions boundary is chosen by a condition");
        }
    }
}
