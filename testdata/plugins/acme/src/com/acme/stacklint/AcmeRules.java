package com.acme.stacklint;

import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.RuleProvider;
import java.util.List;

/** Named in META-INF/services/io.stacklint.rules.api.RuleProvider. */
public final class AcmeRules implements RuleProvider {
    @Override
    public List<Rule> rules() {
        return List.of(new TaskWithoutComment());
    }
}
