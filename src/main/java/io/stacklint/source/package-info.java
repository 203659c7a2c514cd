/**
 * Files, offsets and positions. <b>Public API</b> (for rule authors, plugins included): {@link io.stacklint.source.Span}, {@link io.stacklint.source.Position} and {@link io.stacklint.source.SourceFile}; the rest is internal.
 */
package io.stacklint.source;
