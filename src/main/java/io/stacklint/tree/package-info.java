/**
 * <b>Public API</b> (for rule authors, plugins included): the position-preserving tree every model type is built on, {@link io.stacklint.tree.Node}, {@link io.stacklint.tree.MapNode}, {@link io.stacklint.tree.SeqNode}, {@link io.stacklint.tree.ScalarNode}, {@link io.stacklint.tree.Entry}, {@link io.stacklint.tree.NodePath} and {@link io.stacklint.tree.Intrinsics}.
 */
package io.stacklint.tree;
