package io.stacklint.rules.yaml;

import io.stacklint.model.DeploymentVariant;
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
             DeploymentVariant variant) {
    static Scope of(SourceModel model) {
        return new Scope(model, null, null, null, null, DeploymentVariant.ANY);
    }

    /** A state machine's definition is one deployment variant of it: the places around it are read in that variant. */
    Scope withMachine(StateMachine m) {
        return new Scope(model, m, state, m.resource() != null ? m.resource() : resource, statement, m.variant());
    }

    Scope withState(State s) {
        return new Scope(model, machine, s, resource, statement, variant);
    }

    Scope withResource(Resource r) {
        return new Scope(model, machine, state, r, statement, variant);
    }

    Scope withStatement(PolicyStatement p) {
        return new Scope(model, machine, state, p.owner(), p, variant);
    }

    /** The same place read as deployed in that variant: each condition it names true or false. */
    Scope withVariant(DeploymentVariant chosen) {
        return new Scope(model, machine, state, resource, statement, chosen);
    }
}
