package io.stacklint.testing;

import io.stacklint.cli.Main;
import io.stacklint.cli.Terminal;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.builtin.BuiltinRules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/** Runs the real command line in-process and keeps what it printed. */
public final class Cli {
    public record Result(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    public static Result run(String... args) {
        return run(Path.of(""), args);
    }

    public static Result run(Path workingDirectory, String... args) {
        return runWithRules(workingDirectory, BuiltinRules.all(), args);
    }

    /** Attached to a terminal of the test's choosing: standard input, whether stdout is a terminal, the environment. */
    public static Result run(Terminal terminal, Path workingDirectory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), workingDirectory.toAbsolutePath(), BuiltinRules.all(), terminal);
        return new Result(code, out.toString(), err.toString());
    }

    /** With {@code stdin} as standard input. */
    public static Result runWithStdin(Path workingDirectory, String stdin, String... args) {
        return run(new Terminal(new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)), false, java.util.Map.of()),
                workingDirectory, args);
    }

    /** With other rules than the built-in ones, e.g. a rule that throws. */
    public static Result runWithRules(Path workingDirectory, List<Rule> rules, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), workingDirectory.toAbsolutePath(), rules);
        return new Result(code, out.toString(), err.toString());
    }
}
