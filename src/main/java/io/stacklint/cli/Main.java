package io.stacklint.cli;

import io.stacklint.report.ToolInfo;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.builtin.BuiltinRules;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/** Entry point: {@code stacklint [lint] [OPTIONS] PATH...}, {@code stacklint rules}. */
public final class Main {
    // Known before any command is declared, to find the command name behind the options; a test holds both to the declarations.
    static final Set<String> SUBCOMMANDS = Set.of("lint", "baseline", "graph", "rules", "explain", "test-rules", "policy", "help");
    /** What a command line may start with and be taken as it is: a command name, or a help or version option. */
    private static final Set<String> TOP_LEVEL = withHelpAndVersion(SUBCOMMANDS);
    static final Set<String> OPTIONS_WITH_VALUE = Set.of("--format", "-o", "--output", "--fail-on", "--enable",
            "--disable", "--severity", "--config", "--plugin", "--rules", "--fixtures", "--root", "--baseline", "--stdin-filename", "--color",
            "--machine", "--jobs");

    private Main() {
    }

    private static Set<String> withHelpAndVersion(Set<String> commands) {
        Set<String> words = new HashSet<>(commands);
        words.addAll(List.of("-h", "--help", "-V", "--version"));
        return Set.copyOf(words);
    }

    public static void main(String[] args) {
        // Standard output straight from its descriptor: System.out swallows write errors, so a report written to a
        // full disk or a closed pipe would be lost without a word; a PrintWriter at least remembers them.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        quietLibraryDefaults();
        int code = run(args, out, err, Path.of("").toAbsolutePath(), rulesMadeAhead(args), Terminal.ofProcess());
        out.flush();
        if (out.checkError() && code != ExitCodes.USAGE && code != ExitCodes.INTERNAL) {
            err.println("stacklint: cannot write to standard output (disk full or pipe closed?)");
            code = ExitCodes.USAGE;
        }
        err.flush();
        System.exit(code);
    }

    /**
     * Settings for libraries stacklint uses, made here in the process's own entry point and never by {@link #run},
     * which a program embedding stacklint calls in its own JVM, where they would change its libraries too.
     */
    private static void quietLibraryDefaults() {
        // The JSON Schema validator logs through SLF4J; stacklint ships no logging backend, and without one SLF4J
        // warns on stderr.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        // Each picocli command line registers, by reflection, converters for the java.sql and java.time types, loading
        // their classes; no option of stacklint's has such a type.
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*");
        }
    }

    /** The built-in rules; for a command line that lints files, made at once on a second thread. */
    private static LazyRules rulesMadeAhead(String[] args) {
        LazyRules rules = new LazyRules(BuiltinRules::all);
        if (lintsFiles(args)) {
            // Making the rules (loading their classes and the declarative pack's index; a pack rule compiles when a
            // file first needs it) shares nothing with picocli's set-up: on a second core, a one-file run ends sooner.
            Thread maker = new Thread(() -> {
                try {
                    rules.size();
                } catch (RuntimeException | Error e) {
                    // Not reported from here: the run asks for the rules again and reports the failure as usual.
                }
            }, "stacklint-rules");
            maker.setDaemon(true);
            maker.start();
        }
        return rules;
    }

    /** For a command line that is only {@code --version} (or {@code -V}): writes the version without picocli, whose set-up costs more. */
    private static boolean answeredVersion(String[] args, PrintWriter out) {
        if (args.length != 1 || !(args[0].equals("--version") || args[0].equals("-V"))) {
            return false;
        }
        for (String line : new StacklintCommand.Version().getVersion()) {
            out.println(line);
        }
        out.flush();
        return true;
    }

    /** Runs one command line and returns its exit code; {@code workingDirectory} is what paths are shown relative to. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Path workingDirectory) {
        return run(args, out, err, workingDirectory, new LazyRules(BuiltinRules::all));
    }

    /** Runs one command line with the given rules instead of the built-in ones (tests, embedding). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Path workingDirectory, List<Rule> rules) {
        return run(args, out, err, workingDirectory, rules, Terminal.detached());
    }

    /** Runs one command line attached to {@code terminal} (stdin, whether stdout is a terminal, the environment). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Path workingDirectory, List<Rule> rules, Terminal terminal) {
        if (answeredVersion(args, out)) {
            return ExitCodes.OK;
        }
        boolean debug = Arrays.asList(args).contains("--debug");
        try {
            String[] line = withDefaultCommand(args);
            // Making a command declares its options, which costs start-up time: a run adds only the command it runs
            // (all of them for help, which lists them).
            String chosen = line.length > 0 && SUBCOMMANDS.contains(line[0]) && !line[0].equals("help") ? line[0] : null;
            CommandLine commandLine = commandLine(chosen, workingDirectory, rules, terminal);
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setCaseInsensitiveEnumValuesAllowed(true);
            commandLine.setParameterExceptionHandler((exception, arguments) -> {
                err.println("stacklint: " + exception.getMessage());
                err.println("Try 'stacklint --help' for usage.");
                return ExitCodes.USAGE;
            });
            commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> internalError(exception, err, debug));
            return commandLine.execute(line);
        } catch (RuntimeException | Error e) {
            return internalError(e, err, debug);
        }
    }

    /** The top-level command with its subcommands, or with only {@code chosen} when it is not null. */
    static CommandLine commandLine(String chosen, Path workingDirectory, List<Rule> rules, Terminal terminal) {
        CommandLine commandLine = new CommandLine(new StacklintCommand().spec);
        if (chosen == null || chosen.equals("lint")) {
            commandLine.addSubcommand("lint", new LintCommand(workingDirectory, rules, terminal).spec);
        }
        if (chosen == null || chosen.equals("baseline")) {
            commandLine.addSubcommand("baseline", new BaselineCommand(workingDirectory, rules).spec);
        }
        if (chosen == null || chosen.equals("graph")) {
            commandLine.addSubcommand("graph", new GraphCommand(workingDirectory, rules).spec);
        }
        if (chosen == null || chosen.equals("rules")) {
            commandLine.addSubcommand("rules", new RulesCommand(workingDirectory, rules).spec);
        }
        if (chosen == null || chosen.equals("explain")) {
            commandLine.addSubcommand("explain", new ExplainCommand(workingDirectory, rules).spec);
        }
        if (chosen == null || chosen.equals("test-rules")) {
            commandLine.addSubcommand("test-rules", new TestRulesCommand(workingDirectory, rules).spec);
        }
        if (chosen == null || chosen.equals("policy")) {
            commandLine.addSubcommand("policy", new PolicyCommand(workingDirectory).spec);
        }
        if (chosen == null) {
            commandLine.addSubcommand("help", new HelpCommand().spec);
        }
        return commandLine;
    }

    static int internalError(Throwable e, PrintWriter err, boolean debug) {
        if (e instanceof OutOfMemoryError) {
            // Not a bug but a heap too small for the input: say which setting gives it more.
            err.println("stacklint: out of memory (" + e.getMessage() + "): the Java heap is too small for this run; give it more with"
                    + " STACKLINT_JAVA_OPTS=-Xmx1g (bin/stacklint) or java -Xmx1g -jar stacklint.jar");
            err.flush();
            return ExitCodes.USAGE;
        }
        err.println("stacklint: internal error: " + e);
        err.println("This is a bug in stacklint " + ToolInfo.version() + ". Please report it at " + ToolInfo.INFORMATION_URI
                + "/issues with the command line and the input file" + (debug ? "." : "; run again with --debug for the stack trace."));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /** True for a command line that will lint files, so needs the rules: not --help, --version or another command. */
    static boolean lintsFiles(String[] args) {
        List<String> line = Arrays.asList(withDefaultCommand(args));
        return (line.get(0).equals("lint") || line.get(0).equals("baseline"))
                && !line.contains("--help") && !line.contains("-h") && !line.contains("--version") && !line.contains("-V");
    }

    /**
     * A bare {@code stacklint PATH} means {@code stacklint lint PATH}; options written before the command
     * name ({@code stacklint --no-config lint x}) belong to that command.
     */
    static String[] withDefaultCommand(String[] args) {
        if (args.length > 0 && TOP_LEVEL.contains(args[0])) {
            return args;
        }
        List<String> out = new ArrayList<>(Arrays.asList(args));
        int command = firstOperand(args);
        if (command >= 0 && SUBCOMMANDS.contains(args[command])) {
            out.add(0, out.remove(command));
        } else {
            out.add(0, "lint");
        }
        return out.toArray(String[]::new);
    }

    /** The index of the first argument that is neither an option nor an option's value; -1 if none. */
    private static int firstOperand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                return i + 1 < args.length ? i + 1 : -1;
            }
            if (!args[i].startsWith("-")) {
                return i;
            }
            if (OPTIONS_WITH_VALUE.contains(args[i])) {
                i++;
            }
        }
        return -1;
    }
}
