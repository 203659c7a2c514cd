package io.stacklint.model.asl;

/** Where a state machine's definition is written. */
public enum DefinitionSource {
    /** A {@code Definition} object in the template. */
    DEFINITION,
    /** JSON text in {@code DefinitionString} (a string, {@code Fn::Sub} or {@code Fn::Join}). */
    DEFINITION_STRING,
    /** A local file named by SAM's {@code DefinitionUri}, relative to the template. */
    DEFINITION_URI,
    /** A definition file linted on its own, outside any template. */
    STANDALONE
}
