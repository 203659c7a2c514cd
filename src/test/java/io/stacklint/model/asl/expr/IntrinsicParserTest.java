package io.stacklint.model.asl.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntrinsicParserTest {
    private static List<ExprError> problems(String text) {
        IntrinsicParser.Result result = IntrinsicParser.parse(text);
        List<ExprError> out = new ArrayList<>();
        if (result.error() != null) {
            out.add(result.error());
            return out;
        }
        out.addAll(IntrinsicFunctions.unknownFunctions(result.call()));
        out.addAll(IntrinsicFunctions.argumentProblems(result.call()));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "States.Format('Hello, my name is {}.', $.name)", "States.Format($.template, $.name)", "States.StringToJson($.escapedJsonString)",
        "States.JsonToString($.unescapedJson)", "States.Array('Foo', 2020, $.someJson, null)", "States.Array()",
        "States.ArrayPartition($.inputArray,4)", "States.ArrayContains($.inputArray, $.lookingFor)", "States.ArrayRange(1, 9, 2)",
        "States.ArrayGetItem($.inputArray, $.index)", "States.ArrayLength($.inputArray)", "States.ArrayUnique($.inputArray)",
        "States.Base64Encode($.input)", "States.Base64Decode($.base64)", "States.Hash($.Data, $.Algorithm)", "States.Hash($.Data, 'SHA-256')",
        "States.JsonMerge($.json1, $.json2, false)", "States.MathRandom($.start, $.end)", "States.MathRandom(1, 999, 1234)",
        "States.MathAdd($.value1, $.step)", "States.MathAdd(111, -1)", "States.StringSplit($.inputString, $.splitter)",
        "States.StringSplit('1,2,3', ',')", "States.UUID()", "States.Format('I\\'m {} \\{literal\\} \\\\', $.x)",
        "States.Format('{}', States.Format('{}-{}', $.a, States.UUID()))", "States.ArrayGetItem(States.StringSplit($.s, '/'), 0)",
        "States.Format('{}', $$.Execution.Id)", "States.Format('{}', $var.x)", "States.Array($.a[?(@.x == 'a,b')], $['x)'])",
        "States.JsonToString($)", "States.UUID() ", "States.Format('{}', $[0])", "States.MathAdd(1.5, 2)"})
    void valid(String text) {
        assertThat(problems(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "States.Foo($.a)|0|'States.Foo' is not an intrinsic function",
        "Format($.a)|0|is not an intrinsic function of Step Functions (their names start with 'States.')",
        "States.Format('a \\\"b', $.x)|17|illegal escape '\\\"'",
        "States.Format('abc|14|the string starting here is not closed",
        "States.Format('{}' $.a)|19|unexpected '$' in the arguments of States.Format: expected ',' or ')'",
        "States.Format('{}', $.a|13|'(' of States.Format is not closed",
        "States.Format('{}', $.a) x|25|unexpected 'x' after the closing ')'",
        "States.Array(1,,2)|15|missing argument",
        "States.Array(\"x\")|13|single quotes",
        "States.Array(foo)|13|unexpected 'foo'",
        "States.Array($.a b)|17|unexpected 'b'",
        "States.Array($.a.)|16|the path ends with '.'",
        "States.UUID(1)|0|States.UUID takes no arguments but is given 1",
        "States.ArrayLength()|0|takes exactly 1 argument but is given 0",
        "States.MathRandom(1)|0|takes 2 or 3 arguments",
        "States.Format()|0|takes at least 1 argument",
        "States.Format('{} {}', $.a)|0|has 2 placeholder(s) '{}' but 1 value(s) follow it",
        "States.Format('\\{}', $.a)|0|has 0 placeholder(s)",
        "States.Hash($.d, 'SHA-999')|17|'SHA-999' is not a hash algorithm",
        "States.JsonMerge($.a, $.b, true)|27|must be false",
        "States.ArrayLength('abc')|19|argument 1 of States.ArrayLength must be an array, not a string",
        "States.MathAdd('1', 2)|15|argument 1 of States.MathAdd must be a number, not a string",
        "States.ArrayGetItem($.a, 1.5)|25|must be an integer, not a number (1.5)",
        "States.ArrayRange(1, 9, 0)|24|the step of States.ArrayRange must not be 0",
        "States.ArrayPartition($.a, 0)|27|positive integer",
        "States.Format('{}', States.ArrayLength(States.Format('x')))|39|argument 1 of States.ArrayLength must be an array, not the result of States.Format",
        "States.Base64Encode(null)|20|must be a string, not null",
        "States.Format('{}', States.Nope())|20|'States.Nope' is not an intrinsic function",
    })
    void invalid(String text, int position, String message) {
        List<ExprError> problems = problems(text);
        assertThat(problems).as(text).isNotEmpty();
        assertThat(problems.get(0).message()).as(text).contains(message);
        assertThat(problems.get(0).start()).as(text + ": " + problems.get(0).message()).isEqualTo(position);
    }

    @org.junit.jupiter.api.Test
    void deepAndLongInputsStayCheap() {
        String deep = "States.Array(".repeat(50_000) + ")".repeat(50_000);
        IntrinsicParser.Result result = IntrinsicParser.parse(deep);
        assertThat(result.error()).isNull();
        String wide = "States.Array(" + "'a', ".repeat(100_000) + "1)";
        assertThat(problems(wide)).isEmpty();
        assertThat(IntrinsicParser.parse(wide).call().args()).hasSize(100_001);
        assertThat(problems("States.Format('" + "\\{".repeat(100_000))).isNotEmpty();
    }
}
