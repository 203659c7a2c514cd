/**
 * <b>Public API</b> (for rule authors, plugins included): {@link io.stacklint.model.iam.PolicyStatement},
 * {@link io.stacklint.model.iam.IamActions}, {@link io.stacklint.model.iam.ArnMatch},
 * {@link io.stacklint.model.iam.ActionCatalog} (the IAM service reference: actions, resource types, ARN patterns)
 * and {@link io.stacklint.model.iam.Wildcards}. {@code PolicyLocator} is internal.
 */
package io.stacklint.model.iam;
