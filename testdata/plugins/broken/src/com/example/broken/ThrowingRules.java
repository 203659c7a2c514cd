package com.example.broken;

import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.RuleProvider;
import java.util.List;

public final class ThrowingRules implements RuleProvider {
    @Override
    public List<Rule> rules() {
        throw new UnsupportedOperationException("rules() is not ready");
    }
}
