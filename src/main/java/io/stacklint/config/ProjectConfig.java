package io.stacklint.config;

import io.stacklint.tree.ScalarNode;
import java.util.List;
import java.util.Map;

/**
 * What a {@code .stacklint.yaml} says. Rule names are kept as the nodes they were written in, so a rule
 * that does not exist can be reported at its position.
 *
 * @param failOn     lowest severity that fails the run, or null to leave it to the command line
 * @param severities rule id or name to {@code error}/{@code warning}/{@code note}/{@code off}
 * @param exclude    globs of files a directory walk skips, relative to {@code directory}, the config file's own
 * @param plugins    plugin jars, relative to {@code directory}, kept as nodes so a bad one is reported at its place
 * @param rules      directories of declarative rules to load, relative to {@code directory}, as written (for positions)
 * @param preview    whether preview rules run, or null to leave it to the command line ({@code --preview})
 */
public record ProjectConfig(String file, String failOn, List<ScalarNode> enable, List<ScalarNode> disable,
                            Map<ScalarNode, String> severities, List<String> exclude, java.nio.file.Path directory,
                            List<ScalarNode> plugins, List<ScalarNode> rules, Boolean preview) {
    public static ProjectConfig empty() {
        return new ProjectConfig(null, null, List.of(), List.of(), Map.of(), List.of(), null, List.of(), List.of(), null);
    }
}
