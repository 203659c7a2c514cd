package io.stacklint.rules.builtin.asl.structure;

import io.stacklint.model.asl.AslValues;
import io.stacklint.model.asl.State;
import io.stacklint.rules.builtin.asl.structure.StructureProblem.Kind;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import java.util.List;

/**
 * Fields only a Distributed Map takes ({@code ItemReader}, {@code ItemBatcher}, {@code ResultWriter}, the
 * tolerated failures, {@code Label}, an {@code ExecutionType}) on a Map that runs inline, and a Distributed
 * Map that does not say whether its child executions are Standard or Express.
 */
final class DistributedMapFields {
    private static final List<String> DISTRIBUTED_ONLY = List.of("ItemReader", "ItemBatcher", "ResultWriter",
            "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", "ToleratedFailureCount", "ToleratedFailureCountPath", "Label");
    private static final String REJECTS = "; Step Functions rejects the definition";

    private DistributedMapFields() {
    }

    static void check(State state, List<StructureProblem> out) {
        if (!state.isType("Map")) {
            return;
        }
        MapNode node = state.node();
        Node processor = node.get("ItemProcessor");
        if (processor != null && !(processor instanceof MapNode)) {
            return;
        }
        MapNode config = processor == null ? null : ExclusiveFields.plainMap(((MapNode) processor).get("ProcessorConfig"));
        if (processor != null && AslValues.isSymbolic(processor)
                || config == null && processor != null && ((MapNode) processor).has("ProcessorConfig")) {
            return;
        }
        Node mode = config == null ? null : config.get("Mode");
        if (mode != null && (AslValues.isSymbolic(mode) || Expressions.isJsonata(mode))) {
            return;
        }
        String label = SchemaProblems.capitalize(Place.stateLabel(node, state.name()));
        if (mode != null && "DISTRIBUTED".equals(mode.text())) {
            if (!config.has("ExecutionType")) {
                out.add(new StructureProblem(Kind.MISSING_FIELD, ((MapNode) processor).entry("ProcessorConfig").key(),
                        "ProcessorConfig of '" + state.name() + "' sets Mode DISTRIBUTED but has no ExecutionType (STANDARD or EXPRESS),"
                                + " which a Distributed Map requires" + REJECTS));
            }
            return;
        }
        String why = " runs inline (" + (mode == null ? "ItemProcessor has no ProcessorConfig Mode" : "Mode " + mode.text())
                + "), and only a Distributed Map (ProcessorConfig Mode DISTRIBUTED) takes ";
        for (Entry entry : node.entries()) {
            if (DISTRIBUTED_ONLY.contains(entry.name())) {
                out.add(new StructureProblem(Kind.DISTRIBUTED_ONLY_FIELD, entry.key(), label + why + entry.name() + REJECTS));
            }
        }
        if (config != null && config.entry("ExecutionType") != null) {
            out.add(new StructureProblem(Kind.DISTRIBUTED_ONLY_FIELD, config.entry("ExecutionType").key(),
                    label + why + "an ExecutionType" + REJECTS));
        }
    }
}
