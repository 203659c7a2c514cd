package io.stacklint.cli;

import io.stacklint.rules.api.Severity;

/** The values of {@code --fail-on}: the lowest severity that makes the run exit 1. */
enum FailOn {
    error(Severity.ERROR), warning(Severity.WARNING), note(Severity.NOTE), none(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    boolean fails(Severity severity) {
        return threshold != null && severity.atLeast(threshold);
    }

    static FailOn parse(String text) {
        for (FailOn value : values()) {
            if (value.name().equalsIgnoreCase(text)) {
                return value;
            }
        }
        return null;
    }
}
