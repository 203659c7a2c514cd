package io.stacklint.rules.builtin.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.rules.builtin.cfn.schema.ResourceSchemas;
import org.junit.jupiter.api.Test;

/** Every schema the jar lists loads and validates; a type without one has none. */
class ResourceSchemasTest {
    @Test
    void everySchemaLoads() {
        assertThat(ResourceSchemas.FILES).containsKeys("AWS::StepFunctions::StateMachine", "AWS::IAM::Role", "AWS::Lambda::Function");
        for (String type : ResourceSchemas.FILES.keySet()) {
            assertThat(ResourceSchemas.of(type)).as(type).isNotNull();
        }
        assertThat(ResourceSchemas.of("AWS::EC2::Instance")).isNull();
    }
}
