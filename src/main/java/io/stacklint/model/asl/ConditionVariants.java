package io.stacklint.model.asl;

import io.stacklint.model.ConditionChoices;
import io.stacklint.tree.MapNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code Definition} object as each deployment sees it ({@link ConditionChoices}): every check then judges
 * each variant; nodes keep their positions, and a finding found in several variants is reported once.
 */
final class ConditionVariants {
    /** Each variant is a whole definition to check: fewer conditions than a rule's single node may combine. */
    private static final int MAX_CONDITIONS = 4;

    private ConditionVariants() {
    }

    static List<MapNode> of(MapNode definition) {
        List<Map<String, Boolean>> choices = ConditionChoices.combinations(definition, MAX_CONDITIONS);
        if (choices.size() == 1 && choices.get(0).isEmpty()) {
            return List.of(definition);
        }
        List<MapNode> out = new ArrayList<>();
        for (Map<String, Boolean> choice : choices) {
            if (ConditionChoices.resolve(definition, choice) instanceof MapNode variant) {
                out.add(variant);
            }
        }
        return out;
    }
}
