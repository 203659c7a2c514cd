package io.stacklint.testing;

import io.stacklint.rules.api.Finding;

/** A finding a fixture says it must produce: rule, line, and optionally column and a message fragment. */
public record Expectation(String ruleId, int line, Integer column, String messageFragment, String origin) {
    public boolean matches(Finding finding) {
        return finding.rule().id().equals(ruleId)
                && finding.start().line() == line
                && (column == null || finding.start().column() == column)
                && (messageFragment == null || finding.message().contains(messageFragment));
    }

    @Override
    public String toString() {
        return origin + ": expected " + ruleId + " at line " + line + (column == null ? "" : ", column " + column)
                + (messageFragment == null ? "" : " with \"" + messageFragment + "\"");
    }
}
