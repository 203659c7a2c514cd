package io.stacklint.source;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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
    /** Where the file stops being UTF-8, and what it seems to be instead. */
    public record EncodingProblem(int offset, String message) {
    }

    private final Path path;
    private final String displayPath;
    private final String text;
    private final EncodingProblem encodingProblem;
    private LineMap lineMap;

    /** A byte order mark is dropped: editors do not count it as a column. */
    public SourceFile(Path path, String displayPath, String text) {
        this(path, displayPath, text, null);
    }

    private SourceFile(Path path, String displayPath, String text, EncodingProblem encodingProblem) {
        this.path = Objects.requireNonNull(path);
        this.displayPath = Objects.requireNonNull(displayPath);
        this.text = Objects.requireNonNull(text).startsWith("\uFEFF") ? text.substring(1) : text;
        this.encodingProblem = encodingProblem;
    }

    /**
     * Reads a file as UTF-8. A file that is not (UTF-16, Latin-1) is still read, as UTF-16 or with
     * replacement characters, and carries an {@link EncodingProblem} so the parser can report it in place.
     */
    public static SourceFile read(Path path, String displayPath) throws IOException {
        // FileInputStream reads a file in one native call sized to it; Files.readAllBytes opens a channel and
        // copies through a temporary direct buffer, Java code a short run executes interpreted for every file.
        byte[] bytes;
        try (FileInputStream in = new FileInputStream(path.toFile())) {
            bytes = in.readAllBytes();
        } catch (FileNotFoundException e) {
            // Missing, unreadable, a directory: Files says which, as a NoSuchFile or AccessDenied exception.
            bytes = Files.readAllBytes(path);
        }
        return decode(path, displayPath, bytes);
    }

    /** Decodes bytes read elsewhere (an editor's unsaved buffer on stdin) as {@link #read} decodes a file's. */
    public static SourceFile decode(Path path, String displayPath, byte[] bytes) {
        boolean utf16le = bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE;
        boolean utf16be = bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF;
        if (utf16le || utf16be) {
            String text = new String(bytes, 2, bytes.length - 2, utf16le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            return new SourceFile(path, displayPath, text,
                    new EncodingProblem(0, "the file is UTF-16 text; CloudFormation reads templates as UTF-8: save it as UTF-8"));
        }
        // Decoding replaces every malformed sequence with U+FFFD, so a text without one is well-formed UTF-8;
        // only a file holding one is decoded again, strictly, to tell a real U+FFFD from a bad byte.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return new SourceFile(path, displayPath, text, null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            return new SourceFile(path, displayPath, text, null);
        }
        int badByte = bytes[in.position()] & 0xFF;
        int offset = out.position();
        String message = String.format("byte 0x%02X is not UTF-8 (the file looks like Latin-1 or Windows-1252); "
                + "CloudFormation reads templates as UTF-8: save it as UTF-8", badByte);
        return new SourceFile(path, displayPath, text, new EncodingProblem(offset, message));
    }

    /** Null for a well-formed UTF-8 file. */
    public EncodingProblem encodingProblem() {
        return encodingProblem;
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

    /** The offset of a 1-based line and column, as parsers report a place; columns past the line's end are kept as given. */
    public int offset(int line, int column) {
        return lineMap().offset(line, column);
    }

    /** Offsets become line:col only through spans ({@link Span#startPosition()}): rules report nodes, never coordinates. */
    LineMap lineMap() {
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
