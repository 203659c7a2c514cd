package com.example.misnamed;

import io.stacklint.model.cfn.Template;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.RuleProvider;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.TemplateRule;
import java.util.List;

/** The provider the jar holds; its service file also names one it does not. */
public final class Fine implements RuleProvider {
    static final class Quiet implements TemplateRule {
        static final RuleMeta META = RuleMeta.of("MSN001", "quiet", "Never reports", Severity.NOTE, "1.0.0", "test");

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
