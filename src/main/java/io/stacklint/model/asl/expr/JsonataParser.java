package io.stacklint.model.asl.expr;

import io.stacklint.model.asl.expr.JsonataLexer.Token;
import io.stacklint.model.asl.expr.JsonataLexer.Type;
import java.util.Map;

/**
 * A Pratt parser for the JSONata grammar: paths, predicates and group-by, operators, conditions,
 * bindings, blocks, constructors, function calls and lambdas, transforms, order-by, {@code @}/{@code #}
 * bindings. It only checks the syntax and reports the first error; it builds no tree.
 */
public final class JsonataParser {
    private static final Map<String, Integer> BINDING = Map.ofEntries(
            Map.entry(".", 75), Map.entry("[", 80), Map.entry("{", 70), Map.entry("(", 80), Map.entry("@", 80),
            Map.entry("#", 80), Map.entry("?", 20), Map.entry("+", 50), Map.entry("-", 50), Map.entry("*", 60),
            Map.entry("/", 60), Map.entry("%", 60), Map.entry("=", 40), Map.entry("<", 40), Map.entry(">", 40),
            Map.entry("^", 40), Map.entry("..", 20), Map.entry(":=", 10), Map.entry("!=", 40), Map.entry("<=", 40),
            Map.entry(">=", 40), Map.entry("~>", 40), Map.entry("and", 30), Map.entry("or", 25), Map.entry("in", 40),
            Map.entry("&", 50), Map.entry("??", 40), Map.entry("?:", 40));

    /** What the parser needs to know of a parsed operand: the checks of ':=', '@', '#' and lambdas look at it. */
    private enum Kind { VARIABLE, LAMBDA_KEYWORD, OTHER }

    private final JsonataLexer lexer;
    private Token token;

    private JsonataParser(String text) {
        this.lexer = new JsonataLexer(text);
    }

    /** The first syntax error of the expression, or null when it parses. */
    public static ExprError check(String expression) {
        return check(new JsonataParser(expression), expression);
    }

    /** The characters the lexer scanned to check the expression (re-lexed ones again): its cost, for tests. */
    static long scannedToCheck(String expression) {
        JsonataParser parser = new JsonataParser(expression);
        check(parser, expression);
        return parser.lexer.scanned();
    }

    private static ExprError check(JsonataParser parser, String expression) {
        try {
            parser.token = parser.lexer.next(true);
            if (parser.token.type() == Type.END) {
                return new ExprError(0, expression.length(), "the expression is empty");
            }
            parser.expression(0);
            if (parser.token.type() != Type.END) {
                throw fail(parser.token.start(), parser.token.end(), "unexpected " + parser.token.describe() + " after a complete expression");
            }
            return null;
        } catch (Failure failure) {
            return failure.error;
        } catch (StackOverflowError tooDeep) {
            return null;
        }
    }

    private Token take() {
        Token taken = token;
        boolean operandNext = taken.type() == Type.OPERATOR && !")]}".contains(taken.value());
        token = lexer.next(operandNext);
        return taken;
    }

    /** Lexes the lookahead again, as an operator: after '*' or '%' used as an operand, '/' divides. */
    private void relexAsOperator() {
        lexer.reset(token.start());
        token = lexer.next(false);
    }

    private void expect(String operator, Token opener) {
        if (!token.is(operator)) {
            String where = opener == null ? "" : " to close the '" + opener.value() + "' at character " + (opener.start() + 1) + " of the expression";
            throw fail(token.start(), token.end(), "expected '" + operator + "'" + where + " but found " + token.describe());
        }
        take();
    }

    private Kind expression(int rbp) {
        Token first = take();
        Kind left = nud(first);
        while (rbp < bindingPower(token)) {
            Token operator = take();
            left = led(operator, left);
        }
        return left;
    }

    private static int bindingPower(Token token) {
        if (token.type() != Type.OPERATOR) {
            return 0;
        }
        return BINDING.getOrDefault(token.value(), 0);
    }

    private Kind nud(Token t) {
        switch (t.type()) {
            case END -> throw fail(t.start(), t.end(), "the expression ends where a value was expected");
            case VARIABLE -> {
                return Kind.VARIABLE;
            }
            case NAME -> {
                return "function".equals(t.value()) || "λ".equals(t.value()) ? Kind.LAMBDA_KEYWORD : Kind.OTHER;
            }
            case STRING, NUMBER, VALUE, REGEX -> {
                return Kind.OTHER;
            }
            default -> {
                return prefixOperator(t);
            }
        }
    }

    private Kind prefixOperator(Token t) {
        switch (t.value()) {
            case "and", "or", "in" -> {
                return Kind.OTHER;
            }
            case "-" -> expression(70);
            case "*", "**", "%" -> relexAsOperator();
            case "(" -> block(t);
            case "[" -> list(t);
            case "{" -> object(t);
            case "|" -> transform(t);
            default -> throw fail(t.start(), t.end(), "unexpected " + t.describe() + " where a value was expected");
        }
        return Kind.OTHER;
    }

    private void block(Token open) {
        while (!token.is(")")) {
            expression(0);
            if (!token.is(";")) {
                break;
            }
            take();
        }
        expect(")", open);
    }

    private void list(Token open) {
        if (!token.is("]")) {
            expression(0);
            while (token.is(",")) {
                take();
                expression(0);
            }
        }
        expect("]", open);
    }

    private void object(Token open) {
        if (!token.is("}")) {
            pair();
            while (token.is(",")) {
                take();
                pair();
            }
        }
        expect("}", open);
    }

    private void pair() {
        expression(0);
        expect(":", null);
        expression(0);
    }

    private void transform(Token open) {
        expression(0);
        expect("|", open);
        expression(0);
        if (token.is(",")) {
            take();
            expression(0);
        }
        expect("|", open);
    }

    private Kind led(Token t, Kind left) {
        switch (t.value()) {
            case "." -> expression(75);
            case "[" -> {
                if (!token.is("]")) {
                    expression(0);
                }
                expect("]", t);
            }
            case "{" -> object(t);
            case "(" -> {
                return call(t, left);
            }
            case "?" -> {
                expression(0);
                if (token.is(":")) {
                    take();
                    expression(0);
                }
            }
            case ":=" -> {
                if (left != Kind.VARIABLE) {
                    throw fail(t.start(), t.end(), "the left side of ':=' must be a variable name such as $x");
                }
                expression(9);
            }
            case "^" -> orderBy();
            case "@", "#" -> {
                if (token.type() != Type.VARIABLE) {
                    throw fail(token.start(), token.end(), "'" + t.value() + "' must be followed by a variable name such as $i, not " + token.describe());
                }
                take();
            }
            default -> expression(bindingPower(t));
        }
        return Kind.OTHER;
    }

    private Kind call(Token open, Kind callee) {
        boolean lambda = callee == Kind.LAMBDA_KEYWORD;
        if (!token.is(")")) {
            argument(lambda);
            while (token.is(",")) {
                take();
                argument(lambda);
            }
        }
        expect(")", open);
        if (lambda) {
            if (token.is("<")) {
                signature();
            }
            Token brace = token;
            expect("{", null);
            expression(0);
            expect("}", brace);
        }
        return Kind.OTHER;
    }

    /** An argument of a call; '?' stands for a missing one (partial application); a lambda takes variables. */
    private void argument(boolean lambda) {
        if (!lambda && token.is("?")) {
            take();
            return;
        }
        Token first = token;
        Kind arg = expression(0);
        if (lambda && arg != Kind.VARIABLE) {
            throw fail(first.start(), first.end(), "the parameters of a function definition must be variable names such as $x");
        }
    }

    /** A function signature such as {@code <n-n:n>}: skipped to its matching '>'. */
    private void signature() {
        String text = lexer.text();
        int depth = 0;
        for (int i = token.start(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>' && --depth == 0) {
                lexer.reset(i + 1);
                token = lexer.next(false);
                return;
            }
        }
        throw fail(token.start(), text.length(), "the function signature starting here is not closed with '>'");
    }

    private void orderBy() {
        Token open = token;
        expect("(", null);
        sortTerm();
        while (token.is(",")) {
            take();
            sortTerm();
        }
        expect(")", open);
    }

    private void sortTerm() {
        if (token.is("<") || token.is(">")) {
            take();
        }
        expression(0);
    }

    static Failure fail(int start, int end, String message) {
        return new Failure(new ExprError(start, end, message));
    }

    static final class Failure extends RuntimeException {
        private final ExprError error;

        Failure(ExprError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }
}
