package io.stacklint.source;

import java.util.Objects;

/**
 * A range of a source file as UTF-16 offsets, end exclusive. Spans are kept as offsets and turned into
 * lines and columns only when a report is written.
 */
public record Span(SourceFile file, int start, int end) {
    public Span {
        Objects.requireNonNull(file);
        if (end < start) {
            end = start;
        }
    }

    public Position startPosition() {
        return file.lineMap().position(start);
    }

    public Position endPosition() {
        return file.lineMap().position(end);
    }

    /** The empty span where this one starts: for a finding about a place rather than a range. */
    public Span atStart() {
        return new Span(file, start, start);
    }

    public Span to(Span other) {
        return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
    }

    public String text() {
        return file.text().substring(Math.min(start, file.text().length()), Math.min(end, file.text().length()));
    }

    @Override
    public String toString() {
        return file.displayPath() + ":" + startPosition();
    }
}
