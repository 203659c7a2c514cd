package io.stacklint.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. */
public interface Reporter {
    void write(LintReport report, Writer out) throws IOException;
}
