package io.stacklint.rules.api;

import io.stacklint.model.cfn.Template;

/** <b>Public API.</b> Sees each CloudFormation template once. */
public interface TemplateRule extends Rule {
    void check(Template template, RuleContext context);
}
