package io.stacklint.rules.builtin.cfn;

import io.stacklint.model.SourceModels;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import io.stacklint.parse.ParseProblem;
import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.builtin.cfn.schema.ResourceSchemas;
import io.stacklint.rules.builtin.cfn.schema.SchemaMessages;
import io.stacklint.rules.builtin.cfn.schema.UndecidedValues;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.schema.SchemaError;
import io.stacklint.tree.schema.TreeSchema;
import java.util.List;
import java.util.Set;

/**
 * The Properties of a workflow resource (Step Functions, IAM, Lambda, EventBridge, Scheduler, SQS, SNS, DynamoDB, Logs) checked against CloudFormation's own resource schema: unknown properties,
 * wrong types, values outside an enum, a pattern or a range, missing required ones. Values decided at deploy
 * time (an intrinsic function anywhere on the way) are skipped, and so are the strings and numbers CloudFormation
 * converts ({@code "300"} for an integer, {@code 5} for a string). Both-or-neither choices ({@code oneOf}) are
 * left to rules that can say what is wrong (CFN021).
 */
public final class ResourcePropertiesInvalid implements ResourceRule {
    public static final RuleMeta META = RuleMeta.of("CFN026", "resource-properties-invalid",
            "Workflow resource properties that CloudFormation's resource schema rejects", Severity.ERROR, "0.2.0",
            "cfn", "correctness");

    private static final Set<String> CHECKED = Set.of("type", "enum", "pattern", "minimum", "maximum", "minLength",
            "maxLength", "minItems", "maxItems", "required", "additionalProperties", "uniqueItems", "dependencies");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Set<String> resourceTypes() {
        return ResourceSchemas.FILES.keySet();
    }

    @Override
    public void check(Resource resource, RuleContext context) {
        if (rewrittenByMacro(context.model().template())) {
            return;
        }
        MapNode properties = resource.properties();
        Node written = resource.node().get("Properties");
        if (written == null || written instanceof ScalarNode scalar && scalar.value() == null) {
            // No Properties at all: CloudFormation still wants the required ones.
            properties = new MapNode(resource.node().span(), resource.node().path(), false);
        } else if (properties == null || properties.intrinsicName() != null) {
            return;
        }
        TreeSchema schema = ResourceSchemas.of(resource.type());
        for (SchemaError error : schema.validate(properties)) {
            if (!CHECKED.contains(error.keyword())) {
                continue;
            }
            Node at = locate(properties, error.path());
            if (UndecidedValues.skipped(resource.type(), properties, error, at) || underUnknownTag(context, at)) {
                continue;
            }
            Node report = at;
            if ("additionalProperties".equals(error.keyword()) && at instanceof MapNode map && map.entry(error.property()) != null) {
                report = map.entry(error.property()).key();
            } else if (at == properties) {
                report = written == properties ? resource.node().entry("Properties").key() : resource.key();
            }
            context.report(report, "%s of '%s': %s; %s rejects the resource", where(error), resource.logicalId(),
                    SchemaMessages.text(error, at), resource.type().startsWith("AWS::Serverless::") ? "SAM's transform" : "CloudFormation");
        }
    }

    /** The node an error's path leads to. */
    private static Node locate(MapNode properties, List<Object> path) {
        Node node = properties;
        for (Object element : path) {
            node = element instanceof Integer index ? node.asSeq().get(index) : node.asMap().get((String) element);
        }
        return node;
    }

    /**
     * A macro (a Transform other than SAM's and the language extensions) may rewrite any resource before
     * CloudFormation validates it, so what the template says is not what CloudFormation judges.
     */
    private static boolean rewrittenByMacro(Template template) {
        return template.transforms().stream().anyMatch(t -> !Template.SAM_TRANSFORM.equals(t) && !"AWS::LanguageExtensions".equals(t));
    }

    /** A value under a YAML tag CloudFormation does not know ({@code !Rain::S3}): the parser reports the tag, and a tool's output replaces the value. */
    private static boolean underUnknownTag(RuleContext context, Node at) {
        return SourceModels.parseProblems(context.model()).stream()
                .anyMatch(p -> p.kind() == ParseProblem.Kind.UNKNOWN_TAG && at.path().startsWith(p.path()));
    }

    private static String where(SchemaError error) {
        StringBuilder out = new StringBuilder();
        for (Object element : error.path()) {
            out.append(element instanceof Integer ? "[" + element + "]" : (out.length() == 0 ? "" : ".") + element);
        }
        if ("additionalProperties".equals(error.keyword()) && error.property() != null) {
            out.append(out.length() == 0 ? "" : ".").append(error.property());
        }
        return out.length() == 0 ? "Properties" : "Property " + out;
    }
}
