/**
 * <b>Public API</b> (for rule authors, plugins included): {@link io.stacklint.model.iam.PolicyStatement},
 * {@link io.stacklint.model.iam.IamActions}, {@link io.stacklint.model.iam.ActionCatalog} (the IAM service
 * reference: actions, resource types, ARN patterns), {@link io.stacklint.model.iam.Wildcards},
 * {@link io.stacklint.model.iam.ArnMatch}, and the role model: {@link io.stacklint.model.iam.RoleResolver} (the
 * role a state machine runs as, and who else uses a role), {@link io.stacklint.model.iam.ExecutionRole},
 * {@link io.stacklint.model.iam.Grant}, {@link io.stacklint.model.iam.PolicyEvaluator} and
 * {@link io.stacklint.model.iam.Decision}. {@code PolicyLocator} is internal.
 */
package io.stacklint.model.iam;
