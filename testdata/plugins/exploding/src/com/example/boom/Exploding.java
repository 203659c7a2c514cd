package com.example.boom;

import io.stacklint.model.cfn.Resource;
import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.RuleProvider;
import io.stacklint.rules.api.Severity;
import java.util.List;
import java.util.Set;

/** A buggy plugin: its rule throws on every state machine. */
public final class Exploding implements RuleProvider {
    public static final class Rule1 implements ResourceRule {
        static final RuleMeta META = RuleMeta.of("BOOM001", "always-throws", "Throws", Severity.ERROR, "1.0.0", "test");

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public Set<String> resourceTypes() {
            return Set.of("AWS::StepFunctions::StateMachine");
        }

        @Override
        public void check(Resource resource, RuleContext context) {
            throw new IllegalStateException("boom in " + resource.logicalId());
        }
    }

    @Override
    public List<Rule> rules() {
        return List.of(new Rule1());
    }
}
