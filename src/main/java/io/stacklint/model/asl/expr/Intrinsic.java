package io.stacklint.model.asl.expr;

import java.util.List;

/** The parsed form of an intrinsic function call such as {@code States.Format('{}', $.a)}. */
public sealed interface Intrinsic {
    int start();

    int end();

    /** A call: its name, where the name is written, and its arguments. */
    record Call(String name, int start, int nameEnd, int end, List<Intrinsic> args) implements Intrinsic {
    }

    /** A string literal in single quotes, unescaped; {@code placeholders} counts its unescaped {@code {}}. */
    record Text(String value, int placeholders, int start, int end) implements Intrinsic {
    }

    record Number(String text, int start, int end) implements Intrinsic {
        public boolean isInteger() {
            return text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
        }
    }

    /** {@code true}, {@code false} or {@code null}. */
    record Constant(String text, int start, int end) implements Intrinsic {
    }

    record Path(String text, int start, int end) implements Intrinsic {
    }
}
