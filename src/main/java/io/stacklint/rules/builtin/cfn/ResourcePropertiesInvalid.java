package io.stacklint.rules.builtin.cfn;

import io.stacklint.model.SourceModels;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import io.stacklint.parse.ParseProblem;
import io.stacklint.parse.TreeJson;
import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.builtin.cfn.schema.ResourceSchemas;
import io.stacklint.rules.builtin.cfn.schema.UndecidedValues;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.ArrayList;
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
        JsonSchema schema = ResourceSchemas.of(resource.type());
        for (ValidationMessage message : schema.validate(TreeJson.of(properties))) {
            if (!CHECKED.contains(message.getType())) {
                continue;
            }
            JsonNodePath path = message.getInstanceLocation();
            Node at = TreeJson.locate(properties, path);
            if (UndecidedValues.skipped(resource.type(), properties, message, at) || underUnknownTag(context, at)) {
                continue;
            }
            Node report = at;
            if ("additionalProperties".equals(message.getType()) && at instanceof MapNode map && map.entry(message.getProperty()) != null) {
                report = map.entry(message.getProperty()).key();
            } else if (at == properties) {
                report = written == properties ? resource.node().entry("Properties").key() : resource.key();
            }
            context.report(report, "%s of '%s': %s; %s rejects the resource", where(path, message),
                    resource.logicalId(), text(message, at), resource.type().startsWith("AWS::Serverless::") ? "SAM's transform" : "CloudFormation");
        }
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

    private static String where(JsonNodePath path, ValidationMessage message) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            out.append(element instanceof Integer ? "[" + element + "]" : (out.length() == 0 ? "" : ".") + element);
        }
        if ("additionalProperties".equals(message.getType()) && message.getProperty() != null) {
            out.append(out.length() == 0 ? "" : ".").append(message.getProperty());
        }
        return out.length() == 0 ? "Properties" : "Property " + out;
    }

    /** The validator's message without its leading "$.path: ". */
    private static String text(ValidationMessage message, Node at) {
        if ("dependencies".equals(message.getType()) && message.getSchemaNode() != null && at instanceof MapNode map) {
            StringBuilder out = new StringBuilder();
            message.getSchemaNode().fields().forEachRemaining(dependency -> {
                if (map.has(dependency.getKey()) && dependency.getValue().isArray()) {
                    List<String> missing = new ArrayList<>();
                    dependency.getValue().forEach(needed -> {
                        if (!map.has(needed.asText())) {
                            missing.add(needed.asText());
                        }
                    });
                    if (!missing.isEmpty()) {
                        out.append(out.length() == 0 ? "" : "; ").append(dependency.getKey()).append(" needs ")
                                .append(String.join(" and ", missing)).append(" beside it");
                    }
                }
            });
            if (out.length() > 0) {
                return out.toString();
            }
        }
        String text = message.getMessage();
        int colon = text.indexOf(": ");
        return text.startsWith("$") && colon > 0 ? text.substring(colon + 2) : text;
    }
}
