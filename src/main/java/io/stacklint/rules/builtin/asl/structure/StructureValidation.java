package io.stacklint.rules.builtin.asl.structure;

import io.stacklint.model.Memo;
import io.stacklint.model.asl.QueryLanguage;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.builtin.asl.structure.StructureProblem.Kind;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The structural problems of one state machine, against the Amazon States Language: computed once and shared
 * by the rules that report them, each rule taking one {@link Kind}.
 */
public final class StructureValidation {
    /** What a validation is remembered under in the file's model: the definition, by identity. */
    private record Key(MapNode definition) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && other.definition == definition;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(definition);
        }
    }

    private static final Memo<List<StructureProblem>> PROBLEMS = Memo.named("structure problems of a definition");

    private StructureValidation() {
    }

    /** The problems of one kind; the machine is validated once per file, whichever of the rules asks first. */
    public static List<StructureProblem> of(RuleContext context, StateMachine machine, Kind kind) {
        List<StructureProblem> all = PROBLEMS.per(new Key(machine.definition().node())).in(context.model(), () -> all(machine));
        // A loop, not a stream: six rules ask this of every machine, and stream code is the costlier while interpreted.
        List<StructureProblem> ofKind = new ArrayList<>();
        for (StructureProblem problem : all) {
            if (problem.kind() == kind) {
                ofKind.add(problem);
            }
        }
        return ofKind;
    }

    static List<StructureProblem> all(StateMachine machine) {
        return compute(machine);
    }

    /** The template key whose value is this definition, where findings about the whole definition point. */
    private static ScalarNode definitionKey(StateMachine machine) {
        if (machine.resource() == null || machine.resource().properties() == null) {
            return null;
        }
        for (Entry entry : machine.resource().properties().entries()) {
            if (entry.value() == machine.definition().node()) {
                return entry.key();
            }
        }
        return null;
    }

    private static List<StructureProblem> compute(StateMachine machine) {
        Map<MapNode, State> states = new LinkedHashMap<>();
        for (State state : machine.definition().allStates()) {
            states.put(state.node(), state);
        }
        List<StructureProblem> out = new ArrayList<>(SchemaProblems.of(machine.definition().node(), definitionKey(machine), node -> {
            State state = states.get(node);
            return state == null ? null : QueryLanguage.of(state);
        }));
        QueryLanguage machineLanguage = QueryLanguage.of(machine.definition());
        for (State state : states.values()) {
            ExclusiveFields.check(state, out);
            LanguageFields.check(state, machineLanguage, out);
            DistributedMapFields.check(state, out);
        }
        return List.copyOf(out);
    }
}
