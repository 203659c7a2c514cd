package io.stacklint.model.asl.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonPathTest {
    @ParameterizedTest
    @ValueSource(strings = {"$", "$.a", "$.a.b", "$['a b']", "$.a[0]", "$.a[-1]", "$.abc.['def ghi']", "$$", "$$.Execution.Id",
        "$$.Task.Token", "$$.Map.Item.Value", "$$.Map.Item.Index", "$order", "$order.id", "$order.items[2].sku", "$.a_b", "$.a-b",
        "$[\"x\"]", "$.a['b\\'c']", "$.détail", "$.Payload.body"})
    void singular(String path) {
        JsonPath.Result result = JsonPath.parse(path);
        assertThat(result.error()).as(path).isNull();
        assertThat(result.isSingular()).as(path).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "$.a[*]|the wildcard '[*]'", "$.a.*|the wildcard '*'", "$..a|a deep scan '..'", "$.a[1:3]|the slice ':'",
        "$.a[:2]|the slice ':'", "$.a[0,1]|the union ','", "$['a','b']|the union ','", "$.a[?(@.x > 1)]|the filter",
        "$.a[?(@.name == 'x)')]|the filter", "$.items.length()|the function call 'length()'", "$..[0]|a deep scan '..'",
        "$[*][*]|the wildcard '[*]'"})
    void multiple(String path, String what) {
        JsonPath.Result result = JsonPath.parse(path);
        assertThat(result.error()).as(path).isNull();
        assertThat(result.isSingular()).as(path).isFalse();
        assertThat(result.multiple()).as(path).startsWith(what);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "a.b|0|a path must start with '$'", "\"\"|0|a path must start with '$'", "$.|1|the path ends with '.'",
        "$.a.|3|the path ends with '.'", "$.a b|3|unexpected space", "$a b|2|unexpected space", "$.a[0|3|'[' is not closed",
        "$.a[]|3|'[]' is empty", "$.a['b]|4|the quoted name is not closed", "$.a[?(@.x > 1]|5|'(' of the filter is not closed",
        "$.a[x]|4|unexpected 'x' in '[...]'", "$.a]|3|unexpected ']'", "$.a.length().b|12|a function call must end the path",
        "$-x|1|unexpected '-'", "$.a[?()]|3|the filter is empty", "$.a[0}|5|unexpected '}': expected ']'", "$.a..|3|the path ends with '.'",
        "$.a[-]|4|'-' must be followed by a number"})
    void invalid(String path, int position, String message) {
        JsonPath.Result result = JsonPath.parse(path);
        assertThat(result.error()).as(path).isNotNull();
        assertThat(result.error().message()).as(path).contains(message);
        assertThat(result.error().start()).as(path).isEqualTo(position);
    }

    @org.junit.jupiter.api.Test
    void roots() {
        assertThat(JsonPath.parse("$$.Execution").root()).isEqualTo(JsonPath.Root.CONTEXT);
        assertThat(JsonPath.parse("$x.y").root()).isEqualTo(JsonPath.Root.VARIABLE);
        assertThat(JsonPath.parse("$.y").root()).isEqualTo(JsonPath.Root.INPUT);
        assertThat(JsonPath.parse("$['a'" + "x".repeat(300_000)).isValid()).isFalse();
    }
}
