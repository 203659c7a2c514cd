/**
 * <b>Public API</b> (for rule authors, plugins included): {@link io.stacklint.model.cfn.Template}, {@link io.stacklint.model.cfn.Resource}, {@link io.stacklint.model.cfn.Reference} and {@link io.stacklint.model.cfn.ResourceRefs}. The collectors and locators are internal.
 */
package io.stacklint.model.cfn;
