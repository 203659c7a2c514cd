package io.stacklint.model.asl.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VariableNamesTest {
    @ParameterizedTest
    @ValueSource(strings = {"x", "orderId", "order_id", "_private", "größe", "x1", "A"})
    void valid(String name) {
        assertThat(VariableNames.problem(name)).as(name).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"\"|the name is empty", "states|'states' is reserved", "2nd|must not start with a digit", "order-id|'-' cannot be part",
        "a b|' ' cannot be part", "$x|must start with a letter or '_', not '$'", "x.y|'.' cannot be part"})
    void invalid(String name, String message) {
        assertThat(VariableNames.problem(name)).as(name).contains(message);
    }

    @org.junit.jupiter.api.Test
    void longNames() {
        assertThat(VariableNames.problem("a".repeat(80))).isNull();
        assertThat(VariableNames.problem("a".repeat(81))).contains("at most 80 characters");
    }
}
