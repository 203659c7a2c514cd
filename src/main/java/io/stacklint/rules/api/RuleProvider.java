package io.stacklint.rules.api;

import java.util.List;

/**
 * <b>Public API (service provider interface).</b> The entry point of a plugin jar: stacklint finds
 * implementations with {@link java.util.ServiceLoader}, through a file
 * {@code META-INF/services/io.stacklint.rules.api.RuleProvider} in the jar that names the implementing classes,
 * one fully qualified name a line. A jar is given with {@code --plugin JAR} or listed under {@code plugins:} in
 * {@code .stacklint.yaml}.
 *
 * <p>The contract:
 * <ul>
 *   <li>The class is public, with a public no-argument constructor; {@link #rules()} is called once per run.</li>
 *   <li>Each rule implements {@link Rule} and at least one visitor interface of this package
 *       ({@link DocumentRule}, {@link TemplateRule}, {@link ResourceRule}, {@link StateMachineRule},
 *       {@link StateRule}, {@link PolicyStatementRule}). Rules are stateless: one instance checks every file,
 *       and {@link Rule#meta()}, {@link ResourceRule#resourceTypes()} and {@link StateRule#stateTypes()} always
 *       return the same values.</li>
 *   <li>Ids are unique and carry the plugin's own prefix ({@code ACME001}, letters then three digits); the
 *       prefixes of the built-in rules ({@code ASL}, {@code CFN}, {@code IAM}, {@code PARSE}) are reserved.
 *       Names are kebab-case and unique too. A clash with a built-in rule or another plugin's rule stops
 *       the run with a usage error (exit 2).</li>
 *   <li>{@link Rule#help()} returns the rule's help page in markdown, with the sections of the built-in pages
 *       (What it flags / Why it matters / Example / Use instead / Options / References); it is shown in the
 *       SARIF rule descriptor; {@link Rule#helpUri()} may say where it is published.</li>
 *   <li>Rules report nodes, never coordinates: {@link RuleContext#report(io.stacklint.tree.Node, String, Object...)}.</li>
 * </ul>
 * A provider or rule that throws does not stop the run: stacklint reports it (on standard error and as a SARIF
 * tool notification), runs the other rules, and exits 3 because the run is incomplete.
 *
 * <p>The public API is this package and the model types rules receive ({@code io.stacklint.model},
 * {@code io.stacklint.model.cfn}, {@code io.stacklint.model.asl}, {@code io.stacklint.model.iam},
 * {@code io.stacklint.tree}, {@code io.stacklint.source.Span} and {@code Position}); everything else in stacklint
 * may change between versions.
 */
public interface RuleProvider {
    /** The plugin's rules; called once, and the list is not changed afterwards. */
    List<Rule> rules();
}
