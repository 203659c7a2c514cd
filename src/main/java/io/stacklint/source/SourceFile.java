package io.stacklint.source;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * One file as read from disk. Offsets everywhere in stacklint are UTF-16 offsets into {@link #text()},
 * which is exactly what editors and SARIF (columnKind utf16CodeUnits) count.
 */
public final class SourceFile {
    private final Path path;
    private final String displayPath;
    private final String text;
    private LineMap lineMap;

    public SourceFile(Path path, String displayPath, String text) {
        this.path = Objects.requireNonNull(path);
        this.displayPath = Objects.requireNonNull(displayPath);
        this.text = Objects.requireNonNull(text);
    }

    /** Reads a file as UTF-8; a byte sequence that is not UTF-8 is an {@link IOException} naming the file. */
    public static SourceFile read(Path path, String displayPath) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(displayPath + ": not UTF-8 text", e);
        }
        return new SourceFile(path, displayPath, text);
    }

    public static SourceFile of(String displayPath, String text) {
        return new SourceFile(Path.of(displayPath), displayPath, text);
    }

    public Path path() {
        return path;
    }

    /** The path as reports show it: relative to the working directory where possible, with '/' separators. */
    public String displayPath() {
        return displayPath;
    }

    public String text() {
        return text;
    }

    public LineMap lineMap() {
        if (lineMap == null) {
            lineMap = new LineMap(text);
        }
        return lineMap;
    }

    public Span span(int start, int end) {
        return new Span(this, start, end);
    }

    @Override
    public String toString() {
        return displayPath;
    }
}
