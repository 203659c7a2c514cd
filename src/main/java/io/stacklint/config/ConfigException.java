package io.stacklint.config;

import java.util.List;

/** A configuration that cannot be used; each problem is a positioned {@code file:line:col: message} line. */
public final class ConfigException extends Exception {
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
