package com.example.broken;

import io.stacklint.model.cfn.Template;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.RuleProvider;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.TemplateRule;
import java.util.List;

/** The one provider of the jar that works: its rule must still be loaded. */
public final class Survivor implements RuleProvider {
    static final class Quiet implements TemplateRule {
        static final RuleMeta META = RuleMeta.of("BRK001", "quiet", "Never reports", Severity.NOTE, "1.0.0", "test");

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(Template template, RuleContext context) {
        }
    }

    @Override
    public List<Rule> rules() {
        return List.of(new Quiet());
    }
}
