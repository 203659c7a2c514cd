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

    // equals and hashCode written out, as generated (a file is equal only to itself): a record's generated ones
    // are linked through invokedynamic on first use, a set-up that costs a short run more than the comparisons.
    @Override
    public boolean equals(Object other) {
        return other instanceof Span span && file == span.file && start == span.start && end == span.end;
    }

    @Override
    public int hashCode() {
        return (System.identityHashCode(file) * 31 + start) * 31 + end;
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
