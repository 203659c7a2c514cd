package io.stacklint.rules.builtin.cfn;

import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import io.stacklint.model.asl.AslValues;
import io.stacklint.model.cfn.Resource;
import io.stacklint.parse.TreeJson;
import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.builtin.cfn.schema.ResourceSchemas;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.Set;

/**
 * The Properties of a workflow resource checked against CloudFormation's own resource schema: unknown properties,
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
            "maxLength", "minItems", "maxItems", "required", "additionalProperties", "uniqueItems");

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
        MapNode properties = resource.properties();
        if (properties == null || properties.intrinsicName() != null) {
            return;
        }
        JsonSchema schema = ResourceSchemas.of(resource.type());
        for (ValidationMessage message : schema.validate(TreeJson.of(properties))) {
            if (!CHECKED.contains(message.getType())) {
                continue;
            }
            JsonNodePath path = message.getInstanceLocation();
            Node at = TreeJson.locate(properties, path);
            if (decidedAtDeployTime(properties, path) || converted(message, at)) {
                continue;
            }
            Node report = at;
            if ("additionalProperties".equals(message.getType()) && at instanceof MapNode map && map.entry(message.getProperty()) != null) {
                report = map.entry(message.getProperty()).key();
            } else if (at == properties) {
                report = resource.node().entry("Properties").key();
            }
            context.report(report, "%s of '%s': %s; CloudFormation rejects the resource", where(path, message),
                    resource.logicalId(), text(message));
        }
    }

    /** True when the value, or a value on the way to it, is an intrinsic function or a ${Name} placeholder. */
    private static boolean decidedAtDeployTime(MapNode properties, JsonNodePath path) {
        Node node = properties;
        for (int i = 0; i <= path.getNameCount(); i++) {
            if (node instanceof MapNode map && map.intrinsicName() != null || AslValues.isSymbolic(node)) {
                return true;
            }
            if (i == path.getNameCount()) {
                break;
            }
            Object element = path.getElement(i);
            Node next = node instanceof MapNode map ? map.get(String.valueOf(element))
                    : node != null && node.asSeq() != null && element instanceof Integer index ? node.asSeq().get(index) : null;
            if (next == null) {
                return false;
            }
            node = next;
        }
        // A list or mapping holding an intrinsic (an Fn::If item) may have another shape once deployed.
        return containsIntrinsic(node);
    }

    private static boolean containsIntrinsic(Node node) {
        if (node instanceof MapNode map) {
            return map.intrinsicName() != null || map.entries().stream().anyMatch(e -> containsIntrinsic(e.value()));
        }
        return node != null && node.asSeq() != null && node.asSeq().items().stream().anyMatch(ResourcePropertiesInvalid::containsIntrinsic);
    }

    /** A scalar CloudFormation converts to the declared type: a numeric or boolean string, a number for a string. */
    private static boolean converted(ValidationMessage message, Node at) {
        if (!"type".equals(message.getType()) || !(at instanceof ScalarNode scalar) || scalar.value() == null) {
            return false;
        }
        String expected = String.valueOf(message.getArguments() == null || message.getArguments().length < 2 ? "" : message.getArguments()[1]);
        String value = scalar.value();
        if (expected.contains("string")) {
            return !scalar.isString();
        }
        if (expected.contains("integer") || expected.contains("number")) {
            return scalar.isString() && value.matches("-?\\d+(\\.\\d+)?");
        }
        if (expected.contains("boolean")) {
            return scalar.isString() && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"));
        }
        return false;
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
    private static String text(ValidationMessage message) {
        String text = message.getMessage();
        int colon = text.indexOf(": ");
        return text.startsWith("$") && colon > 0 ? text.substring(colon + 2) : text;
    }
}
