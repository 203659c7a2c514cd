package io.stacklint.cli;

import io.stacklint.source.Problem;
import io.stacklint.source.ProblemException;
import io.stacklint.config.ProjectConfig;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.engine.RuleRegistry;
import io.stacklint.rules.engine.RuleSettings;
import io.stacklint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Merges rule settings: defaults, then the config file, then the command line. Unknown rules are errors. */
final class SettingsResolver {
    private final RuleRegistry registry;
    private final List<Problem> problems = new ArrayList<>();

    SettingsResolver(RuleRegistry registry) {
        this.registry = registry;
    }

    /** The settings of a command that runs rules: preview rules only with {@code preview}, or when enabled by id or name. */
    RuleSettings resolve(ProjectConfig config, boolean preview, List<String> enable, List<String> disable, List<String> severities) throws ProblemException {
        RuleSettings settings = resolve(config, enable, disable, severities);
        return preview || Boolean.TRUE.equals(config.preview()) ? settings : settings.withoutPreview();
    }

    /** The settings, every rule's status aside. */
    RuleSettings resolve(ProjectConfig config, List<String> enable, List<String> disable, List<String> severities) throws ProblemException {
        RuleSettings settings = RuleSettings.defaults();
        for (ScalarNode id : config.disable()) {
            fromConfig(id).ifPresent(rule -> settings.disable(rule.meta().id()));
        }
        for (ScalarNode id : config.enable()) {
            fromConfig(id).ifPresent(rule -> settings.select(rule.meta().id()));
        }
        for (Map.Entry<ScalarNode, String> entry : config.severities().entrySet()) {
            fromConfig(entry.getKey()).ifPresent(rule -> applySeverity(settings, rule, entry.getValue()));
        }
        for (String id : disable) {
            fromCommandLine(id, "--disable").forEach(rule -> settings.disable(rule.meta().id()));
        }
        for (String id : enable) {
            // A rule named by its id or name is asked for, a preview one too; a prefix or a glob only re-enables.
            boolean named = registry.find(id).isPresent();
            fromCommandLine(id, "--enable").forEach(rule -> {
                if (named) {
                    settings.select(rule.meta().id());
                } else {
                    settings.enable(rule.meta().id());
                }
            });
        }
        for (String assignment : severities) {
            int equals = assignment.indexOf('=');
            if (equals < 0) {
                problems.add(Problem.of("--severity takes RULE=LEVEL (error, warning, note or off), not '" + assignment + "'"));
                continue;
            }
            String level = assignment.substring(equals + 1).trim().toLowerCase(java.util.Locale.ROOT);
            if (!level.equals("off") && Severity.parse(level) == null) {
                problems.add(Problem.of("--severity " + assignment + ": level must be error, warning, note or off"));
                continue;
            }
            fromCommandLine(assignment.substring(0, equals), "--severity").forEach(rule -> applySeverity(settings, rule, level));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        return settings;
    }

    /** One line per deprecated rule the settings run, said once per run so that its users can move off it. */
    List<String> deprecationWarnings(RuleSettings settings) {
        return registry.rules().stream().filter(rule -> rule.meta().status() == RuleMeta.Status.DEPRECATED && settings.isEnabled(rule))
                .map(rule -> "rule " + rule.meta().id() + " (" + rule.meta().name() + ") is deprecated and will be removed;"
                        + " see 'stacklint explain " + rule.meta().id() + "', or disable it")
                .toList();
    }

    private static void applySeverity(RuleSettings settings, Rule rule, String level) {
        if (level.equals("off")) {
            settings.disable(rule.meta().id());
        } else {
            settings.enable(rule.meta().id()).severity(rule.meta().id(), Severity.parse(level));
        }
    }

    private Optional<Rule> fromConfig(ScalarNode id) {
        Optional<Rule> rule = registry.find(id.value());
        if (rule.isEmpty()) {
            problems.add(Problem.at(id.span(), "unknown rule '" + id.value() + "' (see 'stacklint rules' for the list)"));
        }
        return rule;
    }

    /** Ids, names, id prefixes and globs ({@link RulePatterns}); one that names no rule is a mistake worth stopping for. */
    private List<Rule> fromCommandLine(String pattern, String option) {
        List<Rule> rules = RulePatterns.match(registry, pattern);
        if (rules.isEmpty()) {
            problems.add(Problem.of(option + ": unknown rule '" + pattern.trim() + "': no rule id, name, id prefix or glob matches it (see 'stacklint rules' for the list)"));
        }
        return rules;
    }
}
