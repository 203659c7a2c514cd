package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.rules.api.Rule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.StateRule;
import io.stacklint.rules.builtin.BuiltinRules;
import io.stacklint.testing.Cli;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A rule that throws is contained: the others still report, the run says it is incomplete, exit 3. */
class InternalErrorTest {
    static final class Exploding implements StateRule {
        static final RuleMeta META = RuleMeta.of("TEST001", "exploding", "Always throws", Severity.ERROR, "0.1.0", "test");

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public Set<String> stateTypes() {
            return Set.of();
        }

        @Override
        public void check(State state, StateMachine machine, RuleContext context) {
            throw new IllegalStateException("boom in " + state.name());
        }
    }

    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>(BuiltinRules.all());
        rules.add(new Exploding());
        return rules;
    }

    @Test
    void failingRuleGivesExitThreeAShortMessageAndTheOtherFindings() {
        Cli.Result result = Cli.runWithRules(Path.of(""), rules(), "testdata/examples/order-workflow.yaml");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(result.err()).contains("stacklint: rule TEST001 on testdata/examples/order-workflow.yaml failed: java.lang.IllegalStateException: boom in ChargeCard")
                .doesNotContain("\tat ");
        assertThat(result.out()).contains("[ASL001]");
        assertThat(Cli.runWithRules(Path.of(""), rules(), "--debug", "testdata/examples/order-workflow.yaml").err()).contains("\tat ");
    }

    @Test
    void sarifMarksTheRunAsUnsuccessfulWithANotification() throws Exception {
        Cli.Result result = Cli.runWithRules(Path.of(""), rules(), "--format", "sarif", "testdata/examples/order-workflow.yaml");
        JsonNode invocation = new ObjectMapper().readTree(result.out()).at("/runs/0/invocations/0");
        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        assertThat(invocation.at("/toolExecutionNotifications/0/associatedRule/id").asText()).isEqualTo("TEST001");
        assertThat(invocation.at("/toolExecutionNotifications/0/level").asText()).isEqualTo("error");
    }
}
