/**
 * <b>Public API</b> (for rule authors, plugins included): {@link io.stacklint.model.cfn.Template}, {@link io.stacklint.model.cfn.Resource}, {@link io.stacklint.model.cfn.Reference} and {@link io.stacklint.model.cfn.ResourceRefs}, {@link io.stacklint.model.cfn.TemplateValues} (symbolic values) and {@link io.stacklint.model.cfn.SamGenerated}. The collectors and locators are internal.
 */
package io.stacklint.model.cfn;
