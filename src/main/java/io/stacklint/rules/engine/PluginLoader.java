package io.stacklint.rules.engine;

import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.RuleProvider;
import io.stacklint.rules.api.StateRule;
import io.stacklint.source.Problem;
import io.stacklint.source.ProblemException;
import io.stacklint.source.Span;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Loads third-party rules from plugin jars through {@link ServiceLoader} and {@link RuleProvider}, one class loader
 * per jar (child of stacklint's own, so plugins see the public API and nothing of each other).
 *
 * <p>Two kinds of trouble, kept apart on purpose:
 * <ul>
 *   <li>What the user or the plugin author <em>declared</em> wrongly is a {@link ProblemException} (exit 2, nothing
 *       linted): a missing, unreadable or non-jar file, a jar with no provider, rule metadata that is malformed.
 *       {@link RuleSetBuilder} then refuses a rule that reuses a built-in prefix, clashes with another rule or
 *       implements no visitor interface.</li>
 *   <li>Plugin <em>code</em> that fails while loading (a provider whose constructor or {@code rules()} throws, a
 *       {@link ServiceConfigurationError}, a {@link LinkageError} from a plugin built against other classes) is a
 *       {@link Failure}: the rest loads, the run goes on, and it is reported as incomplete (exit 3).</li>
 * </ul>
 */
public final class PluginLoader {
    /** A jar to load; {@code origin} is where the configuration names it, null for {@code --plugin}. */
    public record PluginJar(Path path, String shownAs, Span origin) {
        /** What is wrong with the jar or its rules, at the place that asked for it. */
        Problem problem(String what) {
            return origin == null ? Problem.of("--plugin " + shownAs + ": " + what) : Problem.at(origin, "plugin " + shownAs + ": " + what);
        }

        /** The jar as a failure message names it: {@code --plugin x.jar}, or {@code .stacklint.yaml:4:5: plugin x.jar}. */
        String describe() {
            return origin == null ? "--plugin " + shownAs : origin + ": plugin " + shownAs;
        }
    }

    /** Plugin code that failed while loading; {@code ruleId} when it is known which rule. */
    public record Failure(String message, String ruleId, Throwable error) {
    }

    /** A plugin's rule and the jar it came from, for {@link RuleSetBuilder#plugin}. */
    public record PluginRule(Rule rule, PluginJar jar) {
    }

    /** The plugins' rules and failures; closing it closes the jars, once the run no longer calls plugin code. */
    public record Loaded(List<PluginRule> rules, List<Failure> failures, List<URLClassLoader> classLoaders) implements AutoCloseable {
        public static final Loaded NONE = new Loaded(List.of(), List.of(), List.of());

        @Override
        public void close() {
            closeAll(classLoaders);
        }

        /** Hands the plugins' rules to the builder of the run's rules, which checks them against the others. */
        public RuleSetBuilder addTo(RuleSetBuilder builder) {
            rules.forEach(loaded -> builder.plugin(loaded.rule(), loaded.jar()));
            return builder;
        }
    }

    /** Guards against a service iterator that keeps failing on the same entry. */
    private static final int MAX_PROVIDER_ERRORS = 100;

    private final List<Problem> problems = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final List<URLClassLoader> classLoaders = new ArrayList<>();

    private PluginLoader() {
    }

    /** Loads every jar; how its rules sit with the others is {@link RuleSetBuilder}'s to check. */
    public static Loaded load(List<PluginJar> jars) throws ProblemException {
        if (jars.isEmpty()) {
            return Loaded.NONE;
        }
        PluginLoader loader = new PluginLoader();
        List<PluginRule> rules = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (PluginJar jar : jars) {
            if (seen.add(jar.path().toAbsolutePath().normalize())) {
                rules.addAll(loader.loadJar(jar));
            }
        }
        if (!loader.problems.isEmpty()) {
            closeAll(loader.classLoaders);
            throw new ProblemException(loader.problems);
        }
        return new Loaded(List.copyOf(rules), List.copyOf(loader.failures), List.copyOf(loader.classLoaders));
    }

    private static void closeAll(List<URLClassLoader> classLoaders) {
        for (URLClassLoader classLoader : classLoaders) {
            try {
                classLoader.close();
            } catch (java.io.IOException e) {
                // A jar that cannot be closed costs a file handle until the JVM ends; nothing to report.
            }
        }
    }

    private static final java.util.regex.Pattern MISSING_PROVIDER = java.util.regex.Pattern.compile("Provider (\\S+) not found$");

    private List<PluginRule> loadJar(PluginJar jar) {
        Problem problem = PluginJarCheck.problem(jar);
        if (problem != null) {
            problems.add(problem);
            return List.of();
        }
        URLClassLoader classLoader;
        try {
            classLoader = new URLClassLoader(new URL[] {jar.path().toUri().toURL()}, RuleProvider.class.getClassLoader());
            classLoaders.add(classLoader);
        } catch (MalformedURLException e) {
            problems.add(jar.problem("cannot be opened: " + e.getMessage()));
            return List.of();
        }
        // The class loader stays open while the rules run (plugin classes load lazily); Loaded.close() closes it.
        List<PluginRule> rules = new ArrayList<>();
        Iterator<RuleProvider> providers = ServiceLoader.load(RuleProvider.class, classLoader).iterator();
        int errors = 0;
        while (errors < MAX_PROVIDER_ERRORS) {
            RuleProvider provider;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError | Exception | LinkageError | AssertionError e) {
                String missing = missingProvider(e);
                if (missing != null) {
                    // A packaging mistake, not a failure of the plugin's code: the jar cannot be used as built.
                    problems.add(jar.problem("its service file names the rule provider " + missing + ", which is not in the jar"));
                    continue;
                }
                fail(jar, "cannot load a rule provider", null, e);
                if (++errors == MAX_PROVIDER_ERRORS) {
                    fail(jar, "gave up after " + MAX_PROVIDER_ERRORS + " providers that failed to load", null, null);
                }
                continue;
            }
            // A provider on stacklint's own class path is not this jar's.
            if (provider.getClass().getClassLoader() == classLoader) {
                rules.addAll(rulesOf(jar, provider));
            }
        }
        return rules;
    }

    /** The provider class a service file names but the jar lacks (ServiceLoader's "Provider X not found"), or null. */
    private static String missingProvider(Throwable e) {
        if (!(e instanceof ServiceConfigurationError) || e.getMessage() == null) {
            return null;
        }
        // ServiceLoader says it in words only, with no cause: "<service>: Provider <class> not found".
        java.util.regex.Matcher notFound = MISSING_PROVIDER.matcher(e.getMessage());
        return notFound.find() ? notFound.group(1) : null;
    }

    private List<PluginRule> rulesOf(PluginJar jar, RuleProvider provider) {
        String providerName = provider.getClass().getName();
        List<Rule> provided;
        try {
            provided = provider.rules();
            if (provided == null) {
                fail(jar, "provider " + providerName + " returned no rule list (null)", null, null);
                return List.of();
            }
            provided = List.copyOf(provided);
        } catch (Exception | LinkageError | StackOverflowError | AssertionError e) {
            if (!malformedMeta(jar, "provider " + providerName, e)) {
                fail(jar, "provider " + providerName + " failed", null, e);
            }
            return List.of();
        }
        List<PluginRule> accepted = new ArrayList<>();
        for (Rule rule : provided) {
            if (check(jar, providerName, rule)) {
                accepted.add(new PluginRule(rule, jar));
            }
        }
        return accepted;
    }

    /** Whether the rule answers for itself; false when it is refused (a problem) or fails (a failure). */
    private boolean check(PluginJar jar, String providerName, Rule rule) {
        String className = rule.getClass().getName();
        RuleMeta meta;
        try {
            meta = rule.meta();
            if (meta == null) {
                problems.add(jar.problem("rule " + className + " has no metadata (meta() returned null)"));
                return false;
            }
            // Called once here so that a rule that cannot answer them fails now, contained, not in the middle of a walk.
            if (rule instanceof ResourceRule r && r.resourceTypes() == null || rule instanceof StateRule s && s.stateTypes() == null) {
                problems.add(jar.problem("rule " + meta.id() + " returns null for the types it visits"));
                return false;
            }
            rule.help();
            rule.helpUri();
        } catch (Exception | LinkageError | StackOverflowError | AssertionError e) {
            if (!malformedMeta(jar, "rule " + className, e)) {
                fail(jar, "rule " + className + " of provider " + providerName + " failed", null, e);
            }
            return false;
        }
        return true;
    }

    /** A malformed-metadata error becomes a problem (exit 2, in RuleMeta's words); true when it was one. */
    private boolean malformedMeta(PluginJar jar, String what, Throwable error) {
        String reason = PluginRuleCheck.malformedMeta(error);
        if (reason != null) {
            problems.add(jar.problem(what + " declares malformed rule metadata: " + reason));
        }
        return reason != null;
    }

    private void fail(PluginJar jar, String what, String ruleId, Throwable error) {
        failures.add(new Failure(jar.describe() + ": " + what + (error == null ? "" : ": " + describe(error)), ruleId, error));
    }

    /** The error and its causes on one line: a ServiceConfigurationError's own message rarely says why. */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(error.toString());
        Set<Throwable> seen = new LinkedHashSet<>();
        seen.add(error);
        for (Throwable cause = error.getCause(); cause != null && seen.add(cause); cause = cause.getCause()) {
            text.append("; caused by ").append(cause);
        }
        return text.toString();
    }
}
