/**
 * <b>Public API</b> (for rule authors, plugins included): {@link io.stacklint.model.SourceModel}, the model of one file that rules receive. {@link io.stacklint.model.NodeValues} and {@link io.stacklint.model.DocumentKind} are public too.
 */
package io.stacklint.model;
