package io.stacklint.rules.builtin.parse;

import io.stacklint.model.DocumentKind;
import io.stacklint.model.SourceModel;
import io.stacklint.model.SourceModels;
import io.stacklint.rules.api.DocumentRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.tree.NodePath;

/**
 * A file named on the command line that is neither a template nor a state machine definition. Files
 * found by walking a directory are skipped instead, so only an explicit name reaches this rule.
 */
public final class UnrecognizedFile implements DocumentRule {
    public static final RuleMeta META = RuleMeta.of("PARSE004", "unrecognized-file",
            "File is neither a CloudFormation template nor a state machine definition", Severity.ERROR, "0.1.0", "parse");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(SourceModel model, RuleContext context) {
        if (model.kind() != DocumentKind.OTHER || SourceModels.document(model).hasSyntaxError()) {
            return;
        }
        var root = SourceModels.document(model).root();
        String what;
        if (root == null) {
            what = "the file is empty";
        } else if (root.asMap() != null && root.asMap().has("Resources")) {
            what = "its Resources is " + root.asMap().get("Resources").describe() + ", not a mapping of logical ids to resources";
        } else {
            what = "its top level is " + root.describe()
                    + (root.asMap() != null ? " without Resources, AWSTemplateFormatVersion, or StartAt and States" : "");
        }
        context.report(root == null ? model.source().span(0, 0) : root.span().atStart(), NodePath.ROOT, "not a CloudFormation template or state machine definition: %s", what);
    }
}
