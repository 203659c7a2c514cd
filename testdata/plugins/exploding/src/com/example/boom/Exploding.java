package com.example.boom;

import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.cfn.Resource;
import io.stacklint.rules.api.ResourceRule;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.RuleProvider;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateMachineRule;
import java.util.List;
import java.util.Set;

/** A buggy plugin: one rule throws on every state machine resource, the other needs a class its jar lacks. */
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

    public static final class Rule2 implements StateMachineRule {
        static final RuleMeta META = RuleMeta.of("BOOM002", "needs-a-missing-class", "Links", Severity.ERROR, "1.0.0", "test");

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(StateMachine machine, RuleContext context) {
            context.report(machine.definition().node(), Gone.name());
        }
    }

    @Override
    public List<Rule> rules() {
        return List.of(new Rule1(), new Rule2());
    }
}
