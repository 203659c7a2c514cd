package io.stacklint.model.iam;

import io.stacklint.parse.EmbeddedJson;
import io.stacklint.parse.EmbeddedText;
import io.stacklint.parse.ParsedDocument;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.ScalarNode;

/** CloudFormation also takes a policy document as JSON text; read so, its nodes keep their places in the template. */
final class PolicyText {
    private PolicyText() {
    }

    /** The document a JSON string holds, or null when it is not a JSON object. */
    static MapNode parse(ScalarNode text) {
        ParsedDocument parsed = EmbeddedJson.parse(EmbeddedText.in(text.span().file()).literal(text).build(), text.path());
        return parsed.hasSyntaxError() ? null : parsed.root() instanceof MapNode map ? map : null;
    }
}
