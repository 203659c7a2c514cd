package io.stacklint.rules.builtin.asl;

import io.stacklint.model.asl.AslValues;
import io.stacklint.model.asl.QueryLanguage;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.SeqNode;
import java.util.List;

/**
 * A JSONPath payload template that holds both {@code x} and {@code x.$}: once the {@code .$} is dropped the two
 * fields have one name, so the template does not say which value the field gets.
 */
public final class PayloadTemplateDuplicateField implements StateRule {
    public static final RuleMeta META = RuleMeta.of("ASL127", "payload-template-duplicate-field",
            "Payload template holds a field both with and without .$", Severity.ERROR, "0.2.0", "asl", "correctness");

    /** The fields of a JSONPath state whose value is a payload template, and the nested objects that are one too. */
    private static final List<String> TEMPLATES = List.of("Parameters", "ResultSelector", "ItemSelector", "Assign");
    private static final List<String> TEMPLATE_HOLDERS = List.of("ItemReader", "ResultWriter");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(State state, StateMachine machine, RuleContext context) {
        if (QueryLanguage.of(state) != QueryLanguage.JSONPATH) {
            return;
        }
        for (String field : TEMPLATES) {
            walk(state.field(field), field, state, context);
        }
        for (String holder : TEMPLATE_HOLDERS) {
            if (state.field(holder) instanceof MapNode object) {
                walk(object.get("Parameters"), holder + ".Parameters", state, context);
            }
        }
    }

    private static void walk(Node node, String where, State state, RuleContext context) {
        if (node == null || AslValues.isSymbolic(node)) {
            return;
        }
        if (node instanceof SeqNode list) {
            list.items().forEach(item -> walk(item, where, state, context));
            return;
        }
        if (!(node instanceof MapNode object)) {
            return;
        }
        for (Entry entry : object.entries()) {
            String name = entry.name();
            if (name.endsWith(".$") && object.has(name.substring(0, name.length() - 2))) {
                Entry plain = object.entry(name.substring(0, name.length() - 2));
                Entry later = plain.key().span().start() > entry.key().span().start() ? plain : entry;
                context.report(later.key(), "%s of '%s' has both '%s' and '%s': without its .$ suffix they are one field, "
                        + "and Step Functions rejects the definition; keep one of them", where, state.name(), plain.name(), name);
            }
            if (!name.endsWith(".$")) {
                walk(entry.value(), where, state, context);
            }
        }
    }
}
