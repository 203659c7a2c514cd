package io.stacklint.cli;

/** The exit codes stacklint promises; CI gates rely on them, so they never change meaning. */
public final class ExitCodes {
    /** Nothing at or above {@code --fail-on}. */
    public static final int OK = 0;
    /** Findings at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /** Usage, configuration or I/O error: nothing could be linted as asked. */
    public static final int USAGE = 2;
    /** Internal error: a bug in stacklint or in a rule; the run is incomplete. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
