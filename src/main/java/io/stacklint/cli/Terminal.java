package io.stacklint.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;

/**
 * What the command line runs attached to, beyond its output writers: standard input (an editor's buffer for
 * {@code lint -}), whether standard output is a terminal (colour for {@code --color auto}), and the environment
 * ({@code NO_COLOR}). Passed in rather than read from {@code System} so that tests and embedders choose.
 */
public record Terminal(InputStream stdin, boolean stdoutIsTerminal, Map<String, String> environment) {
    public Terminal {
        environment = Map.copyOf(environment);
    }

    /** No input, no terminal, no environment: what an in-process run gets unless it says otherwise. */
    public static Terminal detached() {
        return new Terminal(new ByteArrayInputStream(new byte[0]), false, Map.of());
    }

    /** The process's own: System.in, and a terminal when the JVM has a console (stdin and stdout both terminals). */
    static Terminal ofProcess() {
        return new Terminal(System.in, System.console() != null, System.getenv());
    }

    /** {@code --color auto}: on a terminal, unless {@code NO_COLOR} is set to anything (https://no-color.org) or TERM is dumb. */
    boolean wantsColor() {
        String noColor = environment.get("NO_COLOR");
        return stdoutIsTerminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(environment.get("TERM"));
    }
}
