package io.stacklint.model.cfn;

import java.util.ArrayList;
import java.util.List;

/** The {@code ${...}} variables of an {@code Fn::Sub} string; {@code ${!Literal}} is an escape, not a variable. */
public final class SubString {
    /** A variable as written: its name and where {@code ${} starts in the string's value. */
    public record Variable(String name, int index, int length) {
    }

    private SubString() {
    }

    public static List<Variable> variables(String value) {
        List<Variable> out = new ArrayList<>();
        int i = 0;
        while ((i = value.indexOf("${", i)) >= 0) {
            int close = value.indexOf('}', i + 2);
            if (close < 0) {
                break;
            }
            String name = value.substring(i + 2, close).trim();
            if (!name.startsWith("!") && !name.isEmpty()) {
                out.add(new Variable(name, i, close + 1 - i));
            }
            i = close + 1;
        }
        return out;
    }
}
