package io.stacklint.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Lets Jackson write to a stream it must not close (stdout). */
final class NonClosingWriter extends FilterWriter {
    NonClosingWriter(Writer out) {
        super(out);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
