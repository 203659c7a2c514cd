package io.stacklint.cli;

import io.stacklint.config.ConfigException;
import io.stacklint.config.ProjectConfig;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.engine.PluginLoader;
import io.stacklint.rules.engine.RuleRegistry;
import java.nio.file.Path;
import java.util.List;

/**
 * The rules of one command: built-in, then the plugins' (so a user pack is checked against both), then the
 * declarative packs. Closing it closes the plugin jars, once the command no longer calls plugin code.
 */
final class RuleSet implements AutoCloseable {
    private final PluginLoader.Loaded plugins;
    private final RuleRegistry registry;

    private RuleSet(PluginLoader.Loaded plugins, RuleRegistry registry) {
        this.plugins = plugins;
        this.registry = registry;
    }

    /** A mistake in the plugins, packs or configuration is a {@link UsageException}: exit 2, one line each. */
    static RuleSet open(PluginLoader.Loaded loaded, Path workingDirectory, List<Rule> builtin, ProjectConfig config,
                        List<Path> ruleDirs) throws UsageException {
        try {
            return new RuleSet(loaded, new RuleRegistry(new RuleSetAssembler(loaded.after(builtin), workingDirectory).assemble(ruleDirs, config)));
        } catch (ConfigException e) {
            loaded.close();
            throw new UsageException(e.problems());
        }
    }

    PluginLoader.Loaded plugins() {
        return plugins;
    }

    RuleRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        plugins.close();
    }
}
