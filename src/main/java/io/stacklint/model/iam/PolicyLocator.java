package io.stacklint.model.iam;

import io.stacklint.model.NodeValues;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the identity-policy statements of a template: inline policies of roles, users and groups,
 * {@code AWS::IAM::Policy} and {@code ManagedPolicy}, and the inline statements SAM functions and state
 * machines take in {@code Policies}. Trust policies ({@code AssumeRolePolicyDocument}) are not identity policies.
 */
public final class PolicyLocator {
    private PolicyLocator() {
    }

    public static List<PolicyStatement> statements(Template template) {
        List<PolicyStatement> out = new ArrayList<>();
        for (Resource resource : template.resources()) {
            String type = resource.type();
            if (type == null) {
                continue;
            }
            switch (type) {
                case "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group" -> {
                    for (MapNode policy : NodeValues.maps(resource.property("Policies"))) {
                        NodeValues.maps(policy.get("PolicyDocument")).forEach(document -> addDocument(document, resource, out));
                    }
                }
                case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy",
                        "AWS::IAM::GroupPolicy" -> NodeValues.maps(resource.property("PolicyDocument"))
                        .forEach(document -> addDocument(document, resource, out));
                case "AWS::Serverless::Function", "AWS::Serverless::StateMachine" -> {
                    for (MapNode policy : NodeValues.maps(resource.property("Policies"))) {
                        if (policy.has("Statement")) {
                            addDocument(policy, resource, out);
                        }
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    private static void addDocument(Node document, Resource owner, List<PolicyStatement> out) {
        if (document instanceof MapNode map) {
            for (MapNode statement : NodeValues.maps(map.get("Statement"))) {
                out.add(new PolicyStatement(statement, owner));
            }
        }
    }
}
