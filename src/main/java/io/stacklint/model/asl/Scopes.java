package io.stacklint.model.asl;

import java.util.ArrayList;
import java.util.List;

/** The scopes of a state machine (the whole machine, each Parallel branch, each Map processor) and their names in messages. */
public final class Scopes {
    private Scopes() {
    }

    /** The scope and every scope nested in it, outermost first. */
    public static List<AslDefinition> all(AslDefinition root) {
        List<AslDefinition> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(AslDefinition scope, List<AslDefinition> out) {
        out.add(scope);
        for (State state : scope.states()) {
            for (AslDefinition child : state.children()) {
                collect(child, out);
            }
        }
    }

    /** The first scope, in file order, with a state of this name; null when there is none. */
    public static AslDefinition holding(AslDefinition root, String name) {
        return all(root).stream().filter(scope -> scope.state(name) != null).findFirst().orElse(null);
    }

    /** "the top level of the state machine", "branch 2 of Parallel 'P'", "the processor of Map 'M'". */
    public static String describe(AslDefinition scope) {
        State owner = scope.owner();
        if (owner == null) {
            return "the top level of the state machine";
        }
        if (owner.isType("Parallel")) {
            // Numbered by its place in the Branches list as written, items that are not branches included.
            Object last = scope.node().path().segments().isEmpty() ? null
                    : scope.node().path().segments().get(scope.node().path().size() - 1);
            int index = last instanceof Integer written ? written : indexOf(owner.children(), scope);
            return "branch " + (index + 1) + " of Parallel '" + owner.name() + "'";
        }
        return "the " + (owner.has("Iterator") ? "Iterator" : "ItemProcessor") + " of Map '" + owner.name() + "'";
    }

    private static int indexOf(List<AslDefinition> scopes, AslDefinition scope) {
        for (int i = 0; i < scopes.size(); i++) {
            if (scopes.get(i) == scope) {
                return i;
            }
        }
        return -1;
    }
}
