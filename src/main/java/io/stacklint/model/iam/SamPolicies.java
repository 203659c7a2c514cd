package io.stacklint.model.iam;

import io.stacklint.model.NodeValues;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.cfn.TemplateValues;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code Policies} of a SAM function or state machine, read the way SAM's translator reads them
 * ({@code samtranslator/model/resource_policies.py}): a string is a managed policy name or ARN, an intrinsic
 * function a managed policy ARN, a mapping with {@code Statement} an inline document, a mapping with one key a
 * policy template; one entry or a list of them, each under {@code Fn::If} too. SAM also attaches
 * {@code AWSXrayWriteOnlyAccess} to a state machine's role when {@code Tracing: {Enabled: true}}
 * ({@code samtranslator/model/stepfunctions/generators.py}).
 */
final class SamPolicies {
    private SamPolicies() {
    }

    static void read(Resource owner, Template template, GrantSet out) {
        Node policies = owner.property("Policies");
        List<Node> branches = NodeValues.branches(policies);
        for (Node branch : branches) {
            List<Node> entries = branch instanceof SeqNode seq ? seq.items() : List.of(branch);
            for (Node entry : entries) {
                List<Node> choices = NodeValues.branches(entry);
                for (Node choice : choices) {
                    entry(choice, template, out, branches.size() > 1 || choices.size() > 1);
                }
            }
        }
        if ("AWS::Serverless::Function".equals(owner.type())) {
            ManagedPolicies.awsManaged("AWSLambdaBasicExecutionRole", owner.key(), out, false);
            out.opaque("SAM adds managed policies to a function's role according to its configuration (VPC, tracing, event sources)");
        }
        Node tracing = owner.property("Tracing");
        if ("AWS::Serverless::StateMachine".equals(owner.type()) && tracing instanceof MapNode config
                && config.get("Enabled") instanceof ScalarNode enabled && "true".equals(enabled.value())) {
            ManagedPolicies.awsManaged("AWSXrayWriteOnlyAccess", config.entry("Enabled").key(), out, false);
        }
    }

    private static void entry(Node entry, Template template, GrantSet out, boolean conditional) {
        if (entry == null || NodeValues.isNoValue(entry)) {
            return;
        }
        if (entry instanceof ScalarNode scalar && scalar.isString()) {
            if (scalar.value().startsWith("arn:")) {
                ManagedPolicies.attach(scalar, out, template, conditional);
            } else {
                ManagedPolicies.awsManaged(scalar.value(), scalar, out, conditional);
            }
            return;
        }
        if (!(entry instanceof MapNode map)) {
            out.opaque("a Policies entry is " + entry.describe() + " (" + entry.span().startPosition() + ")");
            return;
        }
        if (map.intrinsicName() != null) {
            ManagedPolicies.attach(map, out, template, conditional);
            return;
        }
        if (map.has("Statement")) {
            new GrantReader(template, out).document(map, "SAM inline policy", conditional);
            return;
        }
        Entry only = map.size() == 1 ? map.entries().get(0) : null;
        SamPolicyTemplates.PolicyTemplate policyTemplate = only == null ? null : SamPolicyTemplates.get(only.name());
        if (policyTemplate == null) {
            out.opaque("a Policies entry " + (only == null ? "with " + map.size() + " keys" : only.name())
                    + " is neither a statement nor a SAM policy template known here (" + map.span().startPosition() + ")");
            return;
        }
        expand(policyTemplate, only, template, out, conditional);
    }

    /** The template's statements, its {@code ${Parameter}}s replaced by the symbolic values of the arguments. */
    private static void expand(SamPolicyTemplates.PolicyTemplate policyTemplate, Entry written, Template template, GrantSet out,
                               boolean conditional) {
        Map<String, String> arguments = new HashMap<>();
        if (written.value() instanceof MapNode args) {
            for (Entry argument : args.entries()) {
                String value = TemplateValues.symbolic(argument.value(), template);
                if (value != null) {
                    arguments.put(argument.name(), value);
                }
            }
        }
        boolean chosenArguments = GrantReader.hasIf(written.value());
        ScalarNode at = written.key();
        for (SamPolicyTemplates.Statement statement : policyTemplate.statements()) {
            List<ScalarNode> actions = new ArrayList<>();
            for (String action : statement.actions()) {
                actions.add(new ScalarNode(at.span(), at.path(), action, ScalarNode.Kind.STRING));
            }
            List<String> resources = new ArrayList<>();
            for (String resource : statement.resources()) {
                resources.add(SamPolicyTemplates.expand(resource, arguments));
            }
            out.add(new Grant(statement.allow(), actions, false, resources, false,
                    conditional || chosenArguments || statement.conditional(), written.value(),
                    "SAM policy template " + policyTemplate.name()));
        }
    }
}
