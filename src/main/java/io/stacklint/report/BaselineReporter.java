package io.stacklint.report;

import java.io.IOException;
import java.io.Writer;

/** Writes the findings of a run as a baseline file ({@code stacklint baseline}). */
public final class BaselineReporter implements Reporter {
    @Override
    public void write(LintReport report, Writer out) throws IOException {
        Baseline.of(report).write(out);
    }
}
