package io.stacklint.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.source.SourceFile;
import io.stacklint.tree.ScalarNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

class WholeTextReaderTest {
    /** Every event with its marks (offset, line, column), or where and why reading stopped. */
    private static List<String> events(StreamReader reader) {
        List<String> out = new ArrayList<>();
        ParserImpl parser = new ParserImpl(reader, new LoaderOptions());
        try {
            while (parser.peekEvent() != null) {
                Event event = parser.getEvent();
                out.add(event + " " + event.getStartMark().getIndex() + "/" + event.getStartMark().getLine() + "/"
                        + event.getStartMark().getColumn() + "-" + event.getEndMark().getIndex() + "/" + event.getEndMark().getColumn());
                if (event.is(Event.ID.StreamEnd)) {
                    break;
                }
            }
        } catch (YAMLException e) {
            out.add("stopped: " + e.getClass().getSimpleName());
        }
        return out;
    }

    private static List<Path> yamlFixtures() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("testdata"))) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        }
    }

    @Test
    void readsEveryFixtureExactlyAsSnakeYamlsOwnReader() throws IOException {
        List<Path> fixtures = yamlFixtures();
        assertThat(fixtures).hasSizeGreaterThan(50);
        for (Path fixture : fixtures) {
            String text = Files.readString(fixture);
            assertThat(events(new WholeTextReader(text))).as(fixture.toString())
                    .isEqualTo(events(new StreamReader(new StringReader(text))));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: x\r\nb: 'y\r\n  z'\r", "\uFEFFa: b\n", "a: \"\\u00e9 \uD83D\uDE00 x\"\n", "- [a, {b: c}]\n- ? k\n  : v\n",
            "a: |\n  x\n\n  y\n", "a: b\u2028c\n", "a: \"unterminated\n", "a:\tb\n", ""})
    void readsEdgeCasesAsSnakeYamlsOwnReader(String text) {
        assertThat(events(new WholeTextReader(text))).isEqualTo(events(new StreamReader(new StringReader(text))));
    }

    /**
     * SnakeYAML's reader copied its whole look-ahead on every 1,024 characters, so one 2 MB token took tens of
     * seconds and most of a gigabyte; read whole, 4 MB scalars of every style parse in a few hundred
     * milliseconds and map to their exact places.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\"%s\"", "'%s'", "%s", "|\n    %s", ">-\n    %s", "!Sub '%s'"})
    void aFourMegabyteScalarOfAnyStyleIsReadWholeAndPlaced(String style) {
        String big = "a".repeat(4_000_000);
        String text = "Resources:\n  V: " + style.formatted(big) + "\nNext: 1\n";
        ParsedDocument doc = TreeParser.parse(SourceFile.of("t.yaml", text));
        assertThat(doc.problems()).isEmpty();
        ScalarNode value = style.startsWith("!") ? doc.root().asMap().map("Resources").map("V").get("Fn::Sub").asScalar()
                : doc.root().asMap().map("Resources").get("V").asScalar();
        assertThat(value.value().length()).as("value length").isEqualTo(big.length() + (style.startsWith("|") ? 1 : 0));
        int last = ScalarOffsets.of(value)[big.length() - 1];
        assertThat(text.charAt(last)).isEqualTo('a');
        assertThat(text.indexOf('\n', last)).isEqualTo(last + 1 + (style.contains("'") || style.contains("\"") ? 1 : 0));
        assertThat(doc.root().asMap().entry("Next").key().span().startPosition().line()).isEqualTo(style.contains("\n") ? 4 : 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\0", "\u0001", "\u007F", "\uFFFE"})
    void aForbiddenCharacterIsReportedWhereItIs(String forbidden) {
        ParsedDocument doc = TreeParser.parse(SourceFile.of("t.yaml", "Resources:\n  Q:\n    Type: \u00e9\uD83D\uDE00x" + forbidden + "y\n"));
        assertThat(doc.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.span().startPosition()).hasToString("3:15");
            assertThat(problem.message()).contains(String.format("U+%04X", (int) forbidden.charAt(0)));
        });
    }
}
