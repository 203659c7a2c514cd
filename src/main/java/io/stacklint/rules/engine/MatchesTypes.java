package io.stacklint.rules.engine;

/**
 * A resource or state rule that names the types it visits by pattern ({@code AWS::IAM::*}), as declarative rules
 * do, rather than as a set: during its one walk the engine asks it about each resource or state type instead of
 * reading {@code resourceTypes()} or {@code stateTypes()}.
 */
public interface MatchesTypes {
    /** The resource type, or the state type ("" for a state without one). */
    boolean visitsType(String type);
}
