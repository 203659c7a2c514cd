package io.stacklint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTest {
    @TempDir
    Path dir;

    @Test
    void aReplacementCharacterWrittenInTheFileIsWellFormedUtf8() throws IOException {
        Path file = Files.writeString(dir.resolve("t.yaml"), "Description: caf\u00e9 \uFFFD \uD83D\uDE00\n", StandardCharsets.UTF_8);

        SourceFile source = SourceFile.read(file, "t.yaml");

        assertThat(source.encodingProblem()).isNull();
        assertThat(source.text()).isEqualTo("Description: caf\u00e9 \uFFFD \uD83D\uDE00\n");
    }

    @Test
    void aLatin1ByteIsReportedWhereItStandsEvenAfterAReplacementCharacter() {
        byte[] head = "A: \uFFFD\nB: caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = '\n';

        SourceFile source = SourceFile.decode(Path.of("t.yaml"), "t.yaml", bytes);

        assertThat(source.encodingProblem().offset()).isEqualTo("A: \uFFFD\nB: caf".length());
        assertThat(source.encodingProblem().message()).startsWith("byte 0xE9 is not UTF-8");
        assertThat(source.text()).isEqualTo("A: \uFFFD\nB: caf\uFFFD\n");
    }

    @Test
    void aByteOrderMarkIsDropped() {
        SourceFile source = SourceFile.decode(Path.of("t.json"), "t.json", "\uFEFF{}".getBytes(StandardCharsets.UTF_8));

        assertThat(source.text()).isEqualTo("{}");
        assertThat(source.encodingProblem()).isNull();
    }

    @Test
    void aMissingFileIsNamedAsMissing() {
        assertThatThrownBy(() -> SourceFile.read(dir.resolve("nope.yaml"), "nope.yaml")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aDirectoryCannotBeReadAsAFile() {
        assertThatThrownBy(() -> SourceFile.read(dir, "dir")).isInstanceOf(IOException.class);
    }
}
