package io.stacklint.rules.yaml;

import io.stacklint.parse.FileSchema;
import io.stacklint.source.Problem;
import io.stacklint.tree.MapNode;
import java.util.List;
import java.util.Map;

/** {@code yaml-rule.schema.json}, run on a rule file's tree; each mistake reported at its node, in the file's words. */
final class RuleSchema {
    private static final FileSchema SCHEMA = new FileSchema("/io/stacklint/rules/yaml-rule.schema.json", new FileSchema.Words("the rule", "field",
            Map.of("condition", "a condition takes"),
            Map.of("id", "an id is capital letters then three digits, e.g. ACME001",
                    "name", "a name is kebab-case, e.g. state-machine-without-logging")));

    private RuleSchema() {
    }

    static void validate(MapNode root, List<Problem> problems) {
        problems.addAll(SCHEMA.validate(root));
    }
}
