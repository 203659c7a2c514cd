package io.stacklint.model.iam;

import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.util.List;
import java.util.Map;

/**
 * A policy's {@code Resource} value as an {@link ArnGlob}: a literal ARN pattern, a {@code Fn::Sub} of one, or
 * {@code !GetAtt X.Arn} / {@code !Ref X} of a template resource whose ARN form the service reference gives.
 * Null when the value cannot be told (a parameter, an import, a resource type not known here): callers then
 * stay silent.
 */
public final class ResourceArns {
    /** A CloudFormation type's IAM service prefix and resource type, and whether {@code Ref} returns its ARN. */
    private record Kind(String prefix, String resourceType, boolean refIsArn) {
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("AWS::S3::Bucket", new Kind("s3", "bucket", false)),
            Map.entry("AWS::SQS::Queue", new Kind("sqs", "queue", false)),
            Map.entry("AWS::SNS::Topic", new Kind("sns", "topic", true)),
            Map.entry("AWS::Lambda::Function", new Kind("lambda", "function", false)),
            Map.entry("AWS::Serverless::Function", new Kind("lambda", "function", false)),
            Map.entry("AWS::StepFunctions::StateMachine", new Kind("states", "statemachine", true)),
            Map.entry("AWS::Serverless::StateMachine", new Kind("states", "statemachine", true)),
            Map.entry("AWS::StepFunctions::Activity", new Kind("states", "activity", true)),
            Map.entry("AWS::DynamoDB::Table", new Kind("dynamodb", "table", false)),
            Map.entry("AWS::IAM::Role", new Kind("iam", "role", false)),
            Map.entry("AWS::Events::EventBus", new Kind("events", "event-bus", false)),
            Map.entry("AWS::KMS::Key", new Kind("kms", "key", false)),
            Map.entry("AWS::Kinesis::Stream", new Kind("kinesis", "stream", false)),
            Map.entry("AWS::SecretsManager::Secret", new Kind("secretsmanager", "Secret", true)),
            Map.entry("AWS::ECS::Cluster", new Kind("ecs", "cluster", false)));

    private ResourceArns() {
    }

    /** The pattern a {@code Resource} value stands for, or null when it cannot be told. */
    public static ArnGlob of(Node value, Template template) {
        if (value instanceof ScalarNode scalar) {
            return scalar.isString() ? ArnGlob.ofGrant(scalar.value()) : null;
        }
        if (!(value instanceof MapNode call) || call.intrinsicName() == null) {
            return null;
        }
        Node argument = call.intrinsicArgument();
        return switch (call.intrinsicName()) {
            case "Fn::Sub" -> call.subTemplate() == null ? null : sub(call.subTemplate().value(), argument instanceof SeqNode, template);
            case "Fn::GetAtt" -> getAtt(argument, template);
            case "Ref" -> argument instanceof ScalarNode name ? ref(name.value(), template) : null;
            case "Fn::Join" -> join(argument, template);
            default -> null;
        };
    }

    /** A resource value as a message shows it: {@code 'arn:aws:s3:::b'}, {@code !GetAtt B.Arn}, {@code !Sub '${B.Arn}/*'}. */
    public static String describe(Node value) {
        if (value instanceof ScalarNode scalar) {
            return "'" + scalar.value() + "'";
        }
        if (value instanceof MapNode call && call.intrinsicName() != null) {
            Node argument = call.intrinsicArgument();
            switch (call.intrinsicName()) {
                case "Fn::Sub":
                    return call.subTemplate() == null ? "a !Sub" : "!Sub '" + call.subTemplate().value() + "'";
                case "Fn::GetAtt":
                    return argument instanceof SeqNode args && args.size() == 2 ? "!GetAtt " + args.get(0).text() + "." + args.get(1).text()
                            : "!GetAtt " + argument.text();
                case "Ref":
                    return "!Ref " + argument.text();
                default:
                    return "a call to " + call.intrinsicName();
            }
        }
        return value.describe();
    }

    /** Every {@code ${X.Arn}} / {@code ${X}} of a known resource becomes its ARN; other tokens may be anything. */
    private static ArnGlob sub(String text, boolean hasVariables, Template template) {
        ArnGlob out = ArnGlob.ofGrant("");
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("${", i);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (open < 0 || close < 0) {
                return out.then(ArnGlob.ofGrant(text.substring(i)));
            }
            out = out.then(ArnGlob.ofGrant(text.substring(i, open)));
            String name = text.substring(open + 2, close).trim();
            ArnGlob known = hasVariables || name.startsWith("!") ? null
                    : name.contains(".") ? attribute(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1), template)
                    : ref(name, template);
            out = out.then(known != null ? known : ArnGlob.ofGrant(text.substring(open, close + 1)));
            i = close + 1;
        }
        return out;
    }

    private static ArnGlob getAtt(Node argument, Template template) {
        if (argument instanceof SeqNode args && args.size() == 2) {
            return attribute(args.get(0).text(), args.get(1).text(), template);
        }
        String dotted = argument.text();
        return dotted == null || !dotted.contains(".") ? null
                : attribute(dotted.substring(0, dotted.indexOf('.')), dotted.substring(dotted.indexOf('.') + 1), template);
    }

    private static ArnGlob attribute(String logicalId, String attribute, Template template) {
        return "Arn".equals(attribute) || "TopicArn".equals(attribute) ? arn(logicalId, template, false) : null;
    }

    private static ArnGlob ref(String logicalId, Template template) {
        return arn(logicalId, template, true);
    }

    private static ArnGlob arn(String logicalId, Template template, boolean byRef) {
        if (logicalId == null) {
            return null;
        }
        Resource resource = template.resource(logicalId).orElse(null);
        Kind kind = resource == null ? null : KINDS.get(resource.type());
        if (kind == null || byRef && !kind.refIsArn()) {
            return null;
        }
        List<String> patterns = ActionCatalog.get().arnPatterns(kind.prefix(), kind.resourceType());
        return patterns.size() == 1 ? ArnGlob.ofResource(patterns.get(0)) : null;
    }

    private static ArnGlob join(Node argument, Template template) {
        if (!(argument instanceof SeqNode args) || args.size() != 2 || !(args.get(0) instanceof ScalarNode delimiter)
                || !(args.get(1) instanceof SeqNode parts)) {
            return null;
        }
        ArnGlob out = ArnGlob.ofGrant("");
        for (int i = 0; i < parts.size(); i++) {
            ArnGlob part = of(parts.get(i), template);
            if (part == null) {
                part = ArnGlob.ofGrant("*");
            }
            out = (i == 0 ? out : out.then(ArnGlob.ofGrant(delimiter.value() == null ? "" : delimiter.value()))).then(part);
        }
        return out;
    }
}
