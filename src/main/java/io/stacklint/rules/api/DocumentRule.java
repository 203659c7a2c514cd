package io.stacklint.rules.api;

import io.stacklint.model.SourceModel;

/** <b>Public API.</b> Sees every file once, whatever it holds (parse problems, file-level checks). */
public interface DocumentRule extends Rule {
    void check(SourceModel model, RuleContext context);
}
