package com.example.broken;

import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.RuleProvider;
import java.util.List;

public final class ThrowingConstructor implements RuleProvider {
    public ThrowingConstructor() {
        throw new IllegalStateException("no licence key");
    }

    @Override
    public List<Rule> rules() {
        return List.of();
    }
}
