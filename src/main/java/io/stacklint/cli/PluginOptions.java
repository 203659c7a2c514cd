package io.stacklint.cli;

import io.stacklint.source.ProblemException;
import io.stacklint.config.ProjectConfig;
import io.stacklint.report.LintReport;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.engine.PluginLoader;
import io.stacklint.tree.ScalarNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code --plugin JAR} and {@code plugins:} of the configuration, loaded together, and their load failures reported. */
final class PluginOptions {
    private PluginOptions() {
    }

    /**
     * The configuration's plugins (relative to its directory) and then the command line's (relative to the working
     * directory). What cannot be used as given is a usage error; plugin code that fails comes back in the result.
     */
    static PluginLoader.Loaded load(List<Path> jars, Path workingDirectory, ProjectConfig config) throws ProblemException {
        List<PluginLoader.PluginJar> all = new ArrayList<>();
        for (ScalarNode node : config.plugins()) {
            all.add(new PluginLoader.PluginJar(config.directory().resolve(node.value()), node.value(), node.span()));
        }
        for (Path jar : jars) {
            all.add(new PluginLoader.PluginJar(workingDirectory.resolve(jar), jar.toString(), null));
        }
        return PluginLoader.load(all);
    }

    /** Each load failure as a stderr line and, when {@code notifications} is given, a SARIF tool notification. */
    static void report(PluginLoader.Loaded loaded, List<LintReport.Notification> notifications, PrintWriter err, boolean debug) {
        for (PluginLoader.Failure failure : loaded.failures()) {
            err.println("stacklint: " + failure.message());
            if (debug && failure.error() != null) {
                failure.error().printStackTrace(err);
            }
            if (notifications != null) {
                notifications.add(new LintReport.Notification(Severity.ERROR, failure.message(), failure.ruleId(), failure.error()));
            }
        }
    }
}
