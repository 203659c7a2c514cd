/**
 * <b>Public API</b> for rule authors: the interfaces a rule implements ({@link io.stacklint.rules.api.Rule} and the
 * visitor interfaces), what it declares ({@link io.stacklint.rules.api.RuleMeta},
 * {@link io.stacklint.rules.api.Severity}), what it reports into ({@link io.stacklint.rules.api.RuleContext}),
 * and the plugin entry point {@link io.stacklint.rules.api.RuleProvider}. Plugins written against it keep working
 * across minor versions; additions come as default methods.
 */
package io.stacklint.rules.api;
