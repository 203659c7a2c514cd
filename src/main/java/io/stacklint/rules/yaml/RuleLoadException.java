package io.stacklint.rules.yaml;

import java.util.List;

/** Rule files that cannot be used; each problem is a positioned {@code file:line:col: message} line. */
public final class RuleLoadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public RuleLoadException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
