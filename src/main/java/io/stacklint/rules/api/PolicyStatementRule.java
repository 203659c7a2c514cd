package io.stacklint.rules.api;

import io.stacklint.model.iam.PolicyStatement;

/** <b>Public API.</b> Sees each identity-policy statement of a template. */
public interface PolicyStatementRule extends Rule {
    void check(PolicyStatement statement, RuleContext context);
}
