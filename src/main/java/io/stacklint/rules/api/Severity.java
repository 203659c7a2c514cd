package io.stacklint.rules.api;

import java.util.Locale;

/** <b>Public API.</b> How bad a finding is. The names are SARIF's result levels. */
public enum Severity {
    ERROR, WARNING, NOTE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** Parses {@code error}, {@code warning} or {@code note}; null for anything else. */
    public static Severity parse(String text) {
        if (text == null) {
            return null;
        }
        for (Severity severity : values()) {
            if (severity.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return severity;
            }
        }
        return null;
    }
}
