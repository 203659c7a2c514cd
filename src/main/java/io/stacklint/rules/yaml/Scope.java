package io.stacklint.rules.yaml;

import java.util.Map;
import io.stacklint.model.SourceModel;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.iam.PolicyStatement;

/**
 * What encloses a selected node: the file's model, and (where they exist) the state machine, the state, the
 * template resource and the policy statement it belongs to. {@code $machine/...}, {@code $state/...} and
 * {@code $resource/...} paths and the {@code @} attributes read them.
 */
record Scope(SourceModel model, StateMachine machine, State state, Resource resource, PolicyStatement statement,
             Map<String, Boolean> branches) {
    static Scope of(SourceModel model) {
        return new Scope(model, null, null, null, null, Map.of());
    }

    Scope withMachine(StateMachine m) {
        return new Scope(model, m, state, m.resource() != null ? m.resource() : resource, statement, branches);
    }

    Scope withState(State s) {
        return new Scope(model, machine, s, resource, statement, branches);
    }

    Scope withResource(Resource r) {
        return new Scope(model, machine, state, r, statement, branches);
    }

    Scope withStatement(PolicyStatement p) {
        return new Scope(model, machine, state, p.owner(), p, branches);
    }

    /** The same place read as deployed when each named CloudFormation condition is true or false. */
    Scope withBranches(Map<String, Boolean> chosen) {
        return new Scope(model, machine, state, resource, statement, Map.copyOf(chosen));
    }
}
