package com.example.broken;

import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.RuleProvider;
import java.util.List;

public final class NeedsMissing extends Missing implements RuleProvider {
    @Override
    public List<Rule> rules() {
        return List.of();
    }
}
