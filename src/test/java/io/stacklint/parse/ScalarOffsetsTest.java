package io.stacklint.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.stacklint.source.SourceFile;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.NodePath;
import io.stacklint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

class ScalarOffsetsTest {
    private static ScalarNode scalar(String text, Object... path) {
        String name = text.startsWith("{\"") ? "t.json" : "t.yaml";
        ParsedDocument doc = TreeParser.parse(SourceFile.of(name, text));
        assertThat(doc.problems()).isEmpty();
        Node node = doc.root();
        for (Object key : path) {
            node = key instanceof Integer i ? node.asSeq().get(i) : node.asMap().get((String) key);
        }
        return node.asScalar();
    }

    /**
     * The mapping is exact, in order, and every character either is the host character at its offset or comes
     * from an escape (offset at the backslash or at the first quote of {@code ''}) or from a line break.
     */
    private static ScalarOffsets.Mapping checked(ScalarNode node) {
        ScalarOffsets.Mapping map = ScalarOffsets.map(node);
        String host = node.span().file().text();
        String value = node.value();
        assertThat(map.exact()).as("exact mapping of %s", node.span().text()).isTrue();
        for (int i = 0; i < value.length(); i++) {
            int at = map.starts()[i];
            char written = host.charAt(at);
            char read = value.charAt(i);
            boolean escape = written == '\\' || (written == '\'' && read == '\'' && host.charAt(at + 1) == '\'');
            boolean lineBreak = "\n\r\u0085\u2028\u2029".indexOf(written) >= 0 && " \n\u2028\u2029".indexOf(read) >= 0;
            if (!(written == read || escape || lineBreak) || map.ends()[i] <= at || (i > 0 && at < map.starts()[i - 1])) {
                fail("char %d '%s' of %s is written at %d as '%s' (ends at %d)", i, read, node.span().text(), at, written, map.ends()[i]);
            }
        }
        return map;
    }

    /** line:col of the character of the value at {@code index}, and the host character written there. */
    private static String at(ScalarNode node, int index) {
        int offset = checked(node).starts()[index];
        return node.span().file().span(offset, offset).startPosition() + " " + node.span().file().text().charAt(offset);
    }

    @Test
    void plainScalarMapsOneToOne() {
        ScalarNode node = scalar("A:   hello world\n", "A");
        assertThat(at(node, 6)).isEqualTo("1:12 w");
    }

    @Test
    void literalBlockSkipsItsHeaderAndIndentation() {
        ScalarNode node = scalar("A: |\n  {\"x\": 1}\n  b\nB: 2\n", "A");
        assertThat(node.value()).isEqualTo("{\"x\": 1}\nb\n");
        assertThat(at(node, 0)).isEqualTo("2:3 {");
        assertThat(at(node, 8)).as("the line feed is the line break").isEqualTo("2:11 \n");
        assertThat(at(node, 9)).isEqualTo("3:3 b");
    }

    @Test
    void blockHeaderMayCarryAComment() {
        ScalarNode node = scalar("A: |  # the state machine\n    x\n", "A");
        assertThat(at(node, 0)).isEqualTo("2:5 x");
    }

    @Test
    void stripAndKeepChomping() {
        ScalarNode strip = scalar("A: |-\n  a\n\n  b\n\n\nB: 2\n", "A");
        assertThat(strip.value()).isEqualTo("a\n\nb");
        assertThat(at(strip, 2)).as("an empty line").isEqualTo("3:1 \n");
        assertThat(at(strip, 3)).isEqualTo("4:3 b");
        ScalarNode keep = scalar("A: |+\n  a\n\n\nB: 2\n", "A");
        assertThat(keep.value()).isEqualTo("a\n\n\n");
        assertThat(at(keep, 3)).isEqualTo("4:1 \n");
    }

    @Test
    void foldedBlockFoldsLinesIntoSpaces() {
        ScalarNode node = scalar("A: >\n  a\n  b\n\n  c\n   d\n  e\nB: 2\n", "A");
        assertThat(node.value()).isEqualTo("a b\nc\n d\ne\n");
        assertThat(at(node, 1)).as("the folded break").isEqualTo("2:4 \n");
        assertThat(at(node, 3)).as("the empty line").isEqualTo("4:1 \n");
        assertThat(at(node, 6)).as("more indented lines keep their spaces").isEqualTo("6:3  ");
        assertThat(at(node, 9)).isEqualTo("7:3 e");
        ScalarNode stripped = scalar("A: >-\n    {\"a\":\n    1}\n", "A");
        assertThat(stripped.value()).isEqualTo("{\"a\": 1}");
        assertThat(at(stripped, 6)).isEqualTo("3:5 1");
    }

    @Test
    void explicitIndentationIndicators() {
        ScalarNode top = scalar("A: |2\n    a\n  b\n", "A");
        assertThat(top.value()).isEqualTo("  a\nb\n");
        assertThat(at(top, 0)).isEqualTo("2:3  ");
        assertThat(at(top, 4)).isEqualTo("3:3 b");
        ScalarNode nested = scalar("X:\n  A: |1-\n     a\n    b\n", "X", "A");
        assertThat(nested.value()).as("one more than the enclosing mapping's 2").isEqualTo("  a\n b");
        assertThat(at(nested, 2)).isEqualTo("3:6 a");
        ScalarNode inList = scalar("X:\n  - >+2\n      a\n     b\n\n", "X", 0);
        assertThat(inList.value()).isEqualTo("  a\n b\n\n");
        assertThat(at(inList, 2)).isEqualTo("3:7 a");
        assertThat(at(inList, 7)).isEqualTo("5:1 \n");
    }

    @Test
    void blockAfterTagsAnchorsAndInLists() {
        ScalarNode sub = scalar("A: !Sub |\n  a ${X}\nB: 2\n", "A", "Fn::Sub");
        assertThat(at(sub, 2)).isEqualTo("2:5 $");
        ScalarNode longSub = scalar("A:\n  Fn::Sub: |\n    a ${X}\n", "A", "Fn::Sub");
        assertThat(at(longSub, 2)).isEqualTo("3:7 $");
        ScalarNode anchored = scalar("A: &def |\n  a\n", "A");
        assertThat(at(anchored, 0)).isEqualTo("2:3 a");
        ScalarNode joined = scalar("A: !Join\n  - ''\n  - - |\n      {\"a\":\n    - !Ref X\n", "A", "Fn::Join", 1, 0);
        assertThat(at(joined, 1)).isEqualTo("4:8 \"");
    }

    @Test
    void singleQuotedUndoublesQuotesAndFolds() {
        ScalarNode node = scalar("A: 'it''s\n    next\n\n  line'\n", "A");
        assertThat(node.value()).isEqualTo("it's next\nline");
        assertThat(at(node, 2)).as("'' maps to its first quote").isEqualTo("1:7 '");
        assertThat(at(node, 4)).as("folded break").isEqualTo("1:10 \n");
        assertThat(at(node, 5)).isEqualTo("2:5 n");
        assertThat(at(node, 9)).as("the empty line").isEqualTo("3:1 \n");
        assertThat(at(node, 10)).isEqualTo("4:3 l");
    }

    @Test
    void doubleQuotedEscapesMapToTheirBackslash() {
        String text = "A: \"a\\nb\\tc\\\"d\\\\e\\0\\a\\b\\e\\f\\r\\v\\N\\_\\L\\P\\x41\\u00e9\\U0001F600z\\ y\"\n";
        ScalarNode node = scalar(text, "A");
        assertThat(node.value()).isEqualTo("a\nb\tc\"d\\e\0\u0007\b\u001B\f\r\u000B\u0085\u00A0\u2028\u2029A\u00e9\uD83D\uDE00z y");
        checked(node);
        assertThat(at(node, 1)).isEqualTo("1:6 \\");
        assertThat(at(node, 2)).isEqualTo("1:8 b");
        int emoji = node.value().indexOf('\uD83D');
        assertThat(at(node, emoji)).isEqualTo(at(node, emoji + 1)).as("both halves of the pair at the backslash");
        assertThat(at(node, emoji + 2)).isEqualTo("1:" + (text.indexOf('z') + 1) + " z");
        assertThat(ScalarOffsets.map(node).ends()[emoji]).isEqualTo(text.indexOf('z'));
    }

    @Test
    void doubleQuotedFoldingAndEscapedLineBreaks() {
        ScalarNode node = scalar("A: \"ab  \n   cd\\\n   ef\n\n   \\ g\"\n", "A");
        assertThat(node.value()).isEqualTo("ab cdef\n g");
        assertThat(at(node, 2)).as("folded break, trailing blanks dropped").isEqualTo("1:9 \n");
        assertThat(at(node, 3)).isEqualTo("2:4 c");
        assertThat(at(node, 5)).as("after an escaped break").isEqualTo("3:4 e");
        assertThat(at(node, 7)).isEqualTo("4:1 \n");
        assertThat(at(node, 8)).as("escaped space").isEqualTo("5:4 \\");
    }

    @Test
    void plainMultiLineScalarsFold() {
        ScalarNode node = scalar("A: plain\n  multi\n\n  line\nB: 2\n", "A");
        assertThat(node.value()).isEqualTo("plain multi\nline");
        assertThat(at(node, 5)).isEqualTo("1:9 \n");
        assertThat(at(node, 6)).isEqualTo("2:3 m");
        assertThat(at(node, 12)).isEqualTo("4:3 l");
        ScalarNode flow = scalar("A: [a  b, 'c', \"d\"]\n", "A", 0);
        assertThat(at(flow, 3)).isEqualTo("1:8 b");
    }

    @Test
    void jsonStringsDecodeJsonEscapes() {
        String text = "{\"A\": \"x\\\"y\\\\z\\/w\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00!\"}";
        ScalarNode node = scalar(text, "A");
        assertThat(node.value()).isEqualTo("x\"y\\z/w\b\f\n\r\t\u00e9\uD83D\uDE00!");
        assertThat(at(node, 1)).isEqualTo("1:9 \\");
        assertThat(at(node, 7)).as("\\b").isEqualTo("1:18 \\");
        assertThat(at(node, node.value().length() - 1)).isEqualTo("1:" + (text.indexOf('!') + 1) + " !");
        ScalarNode key = TreeParser.parse(SourceFile.of("t.json", "{\"a\\u0062\": 1}")).root().asMap().entries().get(0).key();
        assertThat(at(key, 1)).isEqualTo("1:4 \\");
    }

    @Test
    void crlfLineEndings() {
        ScalarNode block = scalar("A: |\r\n  a\r\n\r\n  b\r\nB: \"x\r\n  y\"\r\nC: p\r\n  q\r\n", "A");
        assertThat(block.value()).isEqualTo("a\n\nb\n");
        assertThat(at(block, 1)).isEqualTo("2:4 \r");
        assertThat(ScalarOffsets.map(block).ends()[1]).as("the whole CRLF").isEqualTo(ScalarOffsets.map(block).starts()[1] + 2);
        assertThat(at(block, 3)).isEqualTo("4:3 b");
        ScalarNode quoted = scalar("A: |\r\n  a\r\n\r\n  b\r\nB: \"x\r\n  y\"\r\nC: p\r\n  q\r\n", "B");
        assertThat(at(quoted, 2)).isEqualTo("6:3 y");
        ScalarNode plain = scalar("A: |\r\n  a\r\n\r\n  b\r\nB: \"x\r\n  y\"\r\nC: p\r\n  q\r\n", "C");
        assertThat(at(plain, 2)).isEqualTo("8:3 q");
    }

    @Test
    void tabsAreCharactersOfTheLine() {
        ScalarNode block = scalar("A: |\n  \ta\tb\n", "A");
        assertThat(at(block, 3)).isEqualTo("2:6 b");
        ScalarNode quoted = scalar("A: \"\ta\tb\"\n", "A");
        assertThat(at(quoted, 3)).isEqualTo("1:8 b");
        ScalarNode plain = scalar("A: a\tb\n", "A");
        assertThat(at(plain, 2)).isEqualTo("1:6 b");
    }

    @Test
    void nonBmpCharactersCountTwoColumns() {
        ScalarNode block = scalar("\uD83D\uDE00: |\n  \uD83D\uDE00x\n", "\uD83D\uDE00");
        assertThat(at(block, 2)).isEqualTo("2:5 x");
        ScalarNode quoted = scalar("A: '\uD83D\uDE00\uD83D\uDE00y'\n", "A");
        assertThat(at(quoted, 4)).isEqualTo("1:9 y");
        ScalarNode plain = scalar("A: \uD83D\uDE00 z\n", "A");
        assertThat(at(plain, 3)).isEqualTo("1:7 z");
    }

    @Test
    void byteOrderMarkIsNotAColumn() {
        ScalarNode node = scalar("\uFEFFA: |\n  x\nB: \"\\ty\"\n", "A");
        assertThat(at(node, 0)).isEqualTo("2:3 x");
        ScalarNode quoted = scalar("\uFEFFA: |\n  x\nB: \"\\ty\"\n", "B");
        assertThat(at(quoted, 0)).isEqualTo("3:5 \\");
    }

    @Test
    void emptyValuesHaveNothingToPlace() {
        ScalarNode afterTag = scalar("A: !GetAZs \"\"\n", "A", "Fn::GetAZs");
        assertThat(ScalarOffsets.map(afterTag).exact()).isTrue();
        assertThat(ScalarOffsets.of(afterTag)).isEmpty();
    }

    @Test
    void synthesizedTagKeysFallBackToTheTag() {
        ScalarNode key = TreeParser.parse(SourceFile.of("t.yaml", "A: !Ref B\n")).root().asMap().map("A").entry("Ref").key();
        ScalarOffsets.Mapping map = ScalarOffsets.map(key);
        assertThat(map.exact()).isFalse();
        assertThat(map.starts()).containsOnly(3);
        assertThat(map.ends()).containsOnly(7);
    }

    @Test
    void unconfirmedValuesFallBackToTheWholeScalar() {
        SourceFile file = SourceFile.of("t.yaml", "A: \"abc\"\n");
        ScalarNode odd = new ScalarNode(file.span(3, 8), NodePath.ROOT, "xyz", ScalarNode.Kind.STRING);
        ScalarOffsets.Mapping map = ScalarOffsets.map(odd);
        assertThat(map.exact()).isFalse();
        assertThat(map.starts()).containsOnly(3);
        assertThat(map.ends()).containsOnly(8);
        assertThat(ScalarOffsets.of(new ScalarNode(file.span(3, 3), NodePath.ROOT, null, ScalarNode.Kind.NULL))).isEmpty();
        ScalarNode pastTheEnd = new ScalarNode(file.span(50, 60), NodePath.ROOT, "q", ScalarNode.Kind.STRING);
        assertThat(ScalarOffsets.map(pastTheEnd).exact()).isFalse();
        ScalarNode unclosed = new ScalarNode(SourceFile.of("t.yaml", "A: \"ab\\u12").span(3, 10), NodePath.ROOT, "ab", ScalarNode.Kind.STRING);
        assertThat(ScalarOffsets.map(unclosed).exact()).isFalse();
    }

    @Test
    void yaml12EscapesReadWhenAValueHasThem() {
        SourceFile file = SourceFile.of("t.yaml", "A: \"a\\/b\\\tc\"\n");
        ScalarNode node = new ScalarNode(file.span(3, 13), NodePath.ROOT, "a/b\tc", ScalarNode.Kind.STRING);
        assertThat(at(node, 1)).isEqualTo("1:6 \\");
        assertThat(at(node, 4)).isEqualTo("1:11 c");
    }

    @Test
    void megabyteScalarsAreLinear() {
        StringBuilder block = new StringBuilder("A: |\n");
        StringBuilder quoted = new StringBuilder("B: \"");
        while (block.length() < 1_000_000) {
            block.append("  {\"State\": \"x\\\\y\", \"Next\": \"z\"},\n\n");
            quoted.append("{\\\"State\\\": \\u0041,\n   \\\n \\\"Next\\\"}\t");
        }
        quoted.append("\"\n");
        ParsedDocument doc = TreeParser.parse(SourceFile.of("t.yaml", block + quoted.toString()));
        // Tens of milliseconds; a quadratic reading would take hours (no clock here: bench/long-scalar.sh prints the figures).
        checked(doc.root().asMap().get("A").asScalar());
        checked(doc.root().asMap().get("B").asScalar());
    }

    /** Random values written by SnakeYAML in each style (folded at a short width), mapped exactly. */
    @ParameterizedTest
    @EnumSource(value = DumperOptions.ScalarStyle.class)
    void randomValuesInEveryStyle(DumperOptions.ScalarStyle style) {
        Random random = new Random(style.ordinal() * 7919L + 17);
        String[] alphabet = {"a", "b", " ", "  ", "{", "}", "[", "]", ":", ",", "#", "'", "\"", "\\", "-", "\t", "\n", "\n",
            "\u00e9", "\uD83D\uDE00", "x", "y", "z", "!", "&", "*", "|", ">", "%", "@", "`", "?", "\r", "\u2028", "\u0085"};
        for (int round = 0; round < 300; round++) {
            List<String> values = new ArrayList<>();
            for (int v = 0; v < 3; v++) {
                StringBuilder value = new StringBuilder();
                int length = random.nextInt(60);
                for (int i = 0; i < length; i++) {
                    value.append(alphabet[random.nextInt(alphabet.length)]);
                }
                values.add(value.toString());
            }
            DumperOptions options = new DumperOptions();
            options.setDefaultScalarStyle(style);
            options.setWidth(12 + random.nextInt(30));
            options.setIndent(2 + random.nextInt(4));
            options.setLineBreak(random.nextBoolean() ? DumperOptions.LineBreak.UNIX : DumperOptions.LineBreak.WIN);
            String text = new Yaml(options).dump(Map.of("Outer", Map.of("List", values)));
            ParsedDocument doc = TreeParser.parse(SourceFile.of("t.yaml", text));
            MapNode outer = doc.root().asMap().map("Outer");
            for (int v = 0; v < values.size(); v++) {
                ScalarNode node = outer.seq("List").get(v).asScalar();
                // SnakeYAML does not always read back what it wrote (NEL, LS): the mapping is checked against what it reads.
                checked(node);
            }
        }
    }
}
