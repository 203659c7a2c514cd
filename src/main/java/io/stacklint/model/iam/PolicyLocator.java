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
 * {@link #documents} also finds trust policies and the resource policies of what workflows touch.
 */
public final class PolicyLocator {
    private PolicyLocator() {
    }

    public static List<PolicyStatement> statements(Template template) {
        List<PolicyStatement> out = new ArrayList<>();
        for (PolicyDocument document : documents(template)) {
            if (document.kind() == PolicyDocument.Kind.IDENTITY) {
                out.addAll(document.statements());
            }
        }
        return out;
    }

    /**
     * Every policy document of the template with its kind: the identity policies {@link #statements} reads,
     * trust policies of roles (and of SAM functions), and the resource policies of queues, topics, buckets, KMS
     * keys, event buses and CloudWatch Logs.
     */
    public static List<PolicyDocument> documents(Template template) {
        List<PolicyDocument> out = new ArrayList<>();
        for (Resource resource : template.resources()) {
            String type = resource.type();
            if (type == null) {
                continue;
            }
            switch (type) {
                case "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group" -> {
                    for (MapNode policy : NodeValues.maps(resource.property("Policies"))) {
                        add(PolicyDocument.Kind.IDENTITY, policy.get("PolicyDocument"), resource, out);
                    }
                    add(PolicyDocument.Kind.TRUST, resource.property("AssumeRolePolicyDocument"), resource, out);
                }
                case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy",
                        "AWS::IAM::GroupPolicy" -> add(PolicyDocument.Kind.IDENTITY, resource.property("PolicyDocument"), resource, out);
                case "AWS::Serverless::Function", "AWS::Serverless::StateMachine" -> {
                    for (MapNode policy : NodeValues.maps(resource.property("Policies"))) {
                        if (policy.has("Statement")) {
                            out.add(new PolicyDocument(PolicyDocument.Kind.IDENTITY, policy, resource, false));
                        }
                    }
                    add(PolicyDocument.Kind.TRUST, resource.property("AssumeRolePolicyDocument"), resource, out);
                }
                case "AWS::SQS::QueuePolicy", "AWS::SQS::QueueInlinePolicy", "AWS::SNS::TopicPolicy", "AWS::SNS::TopicInlinePolicy",
                        "AWS::S3::BucketPolicy", "AWS::Logs::ResourcePolicy" ->
                        add(PolicyDocument.Kind.RESOURCE, resource.property("PolicyDocument"), resource, out);
                case "AWS::KMS::Key" -> add(PolicyDocument.Kind.RESOURCE, resource.property("KeyPolicy"), resource, out);
                case "AWS::Events::EventBusPolicy" -> {
                    Node statement = resource.property("Statement");
                    if (statement != null) {
                        out.add(new PolicyDocument(PolicyDocument.Kind.RESOURCE, statement, resource, true));
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    /**
     * A document property, once per {@code Fn::If} branch ({@code AWS::NoValue} left out). A document written as JSON
     * text (a string, {@code Fn::Sub} or {@code Fn::Join}; {@code AWS::Logs::ResourcePolicy} always is) is read from the
     * text, its positions inside the string.
     */
    private static void add(PolicyDocument.Kind kind, Node document, Resource owner, List<PolicyDocument> out) {
        for (Node branch : NodeValues.branches(document)) {
            if (NodeValues.isNoValue(branch)) {
                continue;
            }
            MapNode parsed = PolicyText.parse(branch);
            out.add(new PolicyDocument(kind, parsed != null ? parsed : branch, owner, false));
        }
    }
}
