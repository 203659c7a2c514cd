package io.stacklint.model.asl.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonataParserTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "Surname", "Address.City", "Other.Misc", "Phone[0]", "Phone[0].Number", "Phone[-1].Number", "Phone[[0..1]]",
        "$[0]", "$[0].ref", "$[0].ref[0]", "$.ref", "Address.*", "*.Postcode", "**.Postcode",
        "Phone[type='mobile']", "Phone[type='mobile'].number", "Phone[type='office'].number",
        "Phone.number[0]", "(Phone.number)[0]", "Phone[0][0]", "Phone[[0]]",
        "Phone.{type: number}", "Phone{type: number}", "Phone{type: number[]}",
        "Account.Order.Product{`Product Name`: Price}", "`Product Name`",
        "FirstName & ' ' & Surname", "Address.(Street & ', ' & City)", "5&0&true",
        "Other.`Over 18 ?`", "Phone[type in ['home', 'office']]", "\"Hello\" & \" \" & 'World'",
        "$sum(Account.Order.Product.(Price * Quantity))", "Account.Order.Product.(Price * Quantity) ~> $sum()",
        "$string(5) & 'a'", "$substringBefore(\"Hello World\", \" \")", "[1..5]", "[1..3, 7..9]", "[1, 2, 3][$ > 1]",
        "$count(Phone[type = 'mobile']) > 0 ? 'yes' : 'no'", "Price < 50 ? \"Cheap\" : \"Expensive\"",
        "Price ?: 0", "Price ?? 0", "$x := 5", "($x := 5; $y := $x * 2; $y)", "( $a := 1; )",
        "function($x){$x * 2}", "λ($x, $y){$x + $y}", "function($l, $w, $h){ $l * $w * $h }(10, 10, 5)",
        "($factorial := function($x){ $x <= 1 ? 1 : $x * $factorial($x-1) }; $factorial(4))",
        "function($x)<n:n>{$x}", "$map([1,2,3], function($v, $i) { $v * $i })",
        "$first := $substring(?, 0, 1)", "Account.Order.Product^(Price)", "Account.Order.Product^(>Price, <Quantity)",
        "Account.Order@$o.Product@$p.{'order': $o.OrderID, 'product': $p.ProductID}",
        "Account.Order#$i.Product.{'index': $i}", "$states.input.order.id", "$states.context.Execution.Id",
        "$$.x", "$", "$.a", "$match(\"ababbabbcc\", /a(b+)/)", "$contains(name, /^Mr/i)",
        "$replace(\"John Smith\", /(\\w+)\\s(\\w+)/, \"$2, $1\")", "/* comment */ 1 + 2", "1 /* in */ + /* between */ 2",
        "{}", "[]", "{\"a\": 1, \"b\": [1, 2, {\"c\": null}]}", "-5", "- $x", "1e10 + 2.5E-3 + 0.5",
        "$uppercase(name) = 'X' and age >= 18 or vip = true", "$not(a != b)", "a % 2 = 0", "%.OrderID",
        "Product.%.%.OrderID", "$ ~> | Account.Order.Product | {'Price': Price * 1.2} |",
        "$ ~> |Account.Order.Product|{}, ['Description']|", "$string($states.input.x) & \"\\u00e9\\n\\\"\"",
        "$partial := $join(?, ', ')", "Phone.*[0]", "library.books[\"Steinbeck\" in authors].title",
        "$states.result.Payload", "and", "Account.in.or", "$now()", "$random() * 10 / 2",
        "[$x, $y][0]", "$exists(a) ? b", "$.\"field with space\"", "a.b.c[0].d[type='x'][0]",
    })
    void valid(String expression) {
        assertThat(JsonataParser.check(expression)).as(expression).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"\"|0|the expression is empty",
        "\"   \"|0|the expression is empty",
        "1 +|3|the expression ends where a value was expected",
        "(1 + 2|6|expected ')' to close the '(' at character 1 of the expression",
        "[1, 2|5|expected ']'",
        "{'a': 1|7|expected '}'",
        "{'a' 1}|5|expected ':'",
        "$x = 'abc|5|the string starting here is not closed",
        "'a\\qb'|2|unsupported escape sequence '\\q'",
        "a.b)|3|unexpected ')' after a complete expression",
        "1 2|2|unexpected '2' after a complete expression",
        "foo(|4|the expression ends where a value was expected",
        "/* open|0|the comment starting here is not closed",
        "`name|0|the quoted name starting here is not closed",
        "5 := 3|2|the left side of ':=' must be a variable name",
        "Order@x|6|'@' must be followed by a variable name",
        "function(x){x}|9|the parameters of a function definition must be variable names",
        "$match(s, //)|10|empty regular expressions are not allowed",
        "$match(s, /a/g)|13|'g' is not a regular expression flag",
        "a ! b|2|unexpected '!' after a complete expression",
        "$f(1,)|5|unexpected ')' where a value was expected",
        "a[|2|the expression ends where a value was expected",
        "a ? |3|the expression ends where a value was expected",
        "1 + * 2|6|unexpected '2'",
        "$a.b.|5|the expression ends where a value was expected",
        "'\\u12'|1|'\\u' must be followed by four hexadecimal digits",
        "function($x)<n:n{$x}|12|the function signature starting here is not closed",
        "(a; b|5|expected ')'",
    })
    void invalid(String expression, int position, String message) {
        ExprError error = JsonataParser.check(expression);
        assertThat(error).as(expression).isNotNull();
        assertThat(error.message()).as(expression).contains(message);
        assertThat(error.start()).as(expression + ": " + error.message()).isEqualTo(position);
    }

    @org.junit.jupiter.api.Test
    void longInputIsLinear() {
        // Counted, not timed: the characters lexed (again after every relex) stay within a small multiple of the length.
        for (String big : List.of("1" + " + 1".repeat(200_000), "$a" + ".b[0]".repeat(100_000), "x * 2 / 3 % 4" + " * y".repeat(100_000))) {
            assertThat(JsonataParser.check(big)).isNull();
            assertThat(JsonataParser.scannedToCheck(big)).as(big.substring(0, 20)).isLessThanOrEqualTo(2L * big.length());
        }
        assertThat(JsonataParser.check("'" + "a".repeat(500_000))).isNotNull();
    }
}
