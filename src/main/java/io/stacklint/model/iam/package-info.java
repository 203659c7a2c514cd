/**
 * <b>Public API</b> (for rule authors, plugins included): {@link io.stacklint.model.iam.PolicyStatement} and {@link io.stacklint.model.iam.IamActions} and {@link io.stacklint.model.iam.ArnMatch}. {@code PolicyLocator} is internal.
 */
package io.stacklint.model.iam;
