package io.stacklint.rules.yaml;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.stacklint.parse.TreeJson;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code yaml-rule.schema.json}, run on a rule file's tree; each mistake reported at its node, in the file's words. */
final class RuleSchema {
    private static final String SCHEMA = "/io/stacklint/rules/yaml-rule.schema.json";
    private static JsonSchema schema;


    private RuleSchema() {
    }

    static void validate(MapNode root, List<String> problems) {
        List<ValidationMessage> messages = new ArrayList<>(schema().validate(TreeJson.of(root)));
        List<String> locations = messages.stream().map(m -> m.getInstanceLocation().toString()).toList();
        Map<Node, String> byPlace = new LinkedHashMap<>();
        for (ValidationMessage message : messages) {
            String location = message.getInstanceLocation().toString();
            // "a string or a list of strings" fails both ways on a bad item; the item's own message says it best.
            if (("type".equals(message.getType()) || "anyOf".equals(message.getType()))
                    && locations.stream().anyMatch(l -> l.startsWith(location + "[") || l.startsWith(location + "."))) {
                continue;
            }
            Node node = TreeJson.locate(root, message.getInstanceLocation());
            Node at = node;
            String property = message.getProperty();
            if ("additionalProperties".equals(message.getType()) && property != null && node instanceof MapNode map && map.entry(property) != null) {
                at = map.entry(property).key();
            }
            byPlace.merge(at, RuleSchemaMessages.humanize(message, node), (a, b) -> a.length() <= b.length() ? a : b);
        }
        byPlace.entrySet().stream().sorted(Comparator.comparingInt(e -> e.getKey().span().start()))
                .forEach(e -> problems.add(RuleCompiler.at(e.getKey(), e.getValue())));
    }


    private static synchronized JsonSchema schema() {
        if (schema == null) {
            try (InputStream in = YamlRuleLoader.class.getResourceAsStream(SCHEMA)) {
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            } catch (IOException e) {
                throw new IllegalStateException("the rule schema is missing from the jar", e);
            }
        }
        return schema;
    }

}
