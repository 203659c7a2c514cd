package io.stacklint.source;

import java.util.Objects;

/**
 * Something stacklint cannot use as given (a configuration, a rule pack, a plugin jar, an option), not a finding:
 * where it is, as precisely as known, and what is wrong. The place is kept as a span and written out as
 * {@code file:line:col} only when the problem is shown.
 *
 * @param span    where it is in a file, or null when no position is known
 * @param file    the file it is about when there is no span (one that cannot be read, say), or null
 * @param message what is wrong, in the words of the file or of the command line
 */
public record Problem(Span span, String file, String message) {
    public Problem {
        Objects.requireNonNull(message, "message");
    }

    /** A problem at a place in a file. */
    public static Problem at(Span span, String message) {
        return new Problem(Objects.requireNonNull(span, "span"), null, message);
    }

    /** A problem with a whole file (or directory), shown as {@code file: message}. */
    public static Problem inFile(String file, String message) {
        return new Problem(null, Objects.requireNonNull(file, "file"), message);
    }

    /** A problem with no place: the command line's, say. */
    public static Problem of(String message) {
        return new Problem(null, null, message);
    }

    /** {@code file:line:col: message}, {@code file: message} or {@code message}. */
    @Override
    public String toString() {
        return span != null ? span + ": " + message : file != null ? file + ": " + message : message;
    }
}
