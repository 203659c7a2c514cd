package io.stacklint.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.source.SourceFile;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TreeParserTest {
    private static ParsedDocument yaml(String text) {
        return TreeParser.parse(SourceFile.of("t.yaml", text));
    }

    private static ParsedDocument json(String text) {
        return TreeParser.parse(SourceFile.of("t.json", text));
    }

    private static String at(Node node) {
        return node.span().startPosition() + "-" + node.span().endPosition();
    }

    private static Node path(Node root, Object... keys) {
        Node node = root;
        for (Object key : keys) {
            node = key instanceof Integer i ? node.asSeq().get(i) : node.asMap().get((String) key);
        }
        return node;
    }

    @Test
    void anEmptyPlainYamlValueIsNullButQuotedEmptyStringsAreStrings() {
        Node root = yaml("a:\nb: ''\nc: \"\"\nd: |\n\ne: x\n").root();
        assertThat(((ScalarNode) path(root, "a")).isNull()).isTrue();
        assertThat(((ScalarNode) path(root, "b")).isString()).isTrue();
        assertThat(((ScalarNode) path(root, "c")).isString()).isTrue();
        assertThat(((ScalarNode) path(root, "d")).isString()).isTrue();
    }

    @Test
    void keysAndValuesCarryTheirOwnPositions() {
        ParsedDocument doc = yaml("Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n");
        MapNode queue = path(doc.root(), "Resources", "Queue").asMap();
        assertThat(at(queue.entry("Type").key())).isEqualTo("3:5-3:9");
        assertThat(at(queue.get("Type"))).isEqualTo("3:11-3:26");
        assertThat(queue.get("Type").path().toString()).isEqualTo("Resources/Queue/Type");
        assertThat(doc.problems()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "!Ref Name|Ref", "!Condition IsProd|Condition", "!Sub 'a-${B}'|Fn::Sub", "!Join ['-', [a, b]]|Fn::Join",
            "!Select [0, [a]]|Fn::Select", "!Split [',', 'a,b']|Fn::Split", "!If [C, a, b]|Fn::If",
            "!Equals [a, b]|Fn::Equals", "!And [!Condition A, !Condition B]|Fn::And", "!Or [!Condition A, !Condition B]|Fn::Or",
            "!Not [!Condition A]|Fn::Not", "!FindInMap [M, K, V]|Fn::FindInMap", "!GetAZs ''|Fn::GetAZs",
            "!ImportValue Exported|Fn::ImportValue", "!Base64 text|Fn::Base64", "!Cidr [10.0.0.0/16, 4, 8]|Fn::Cidr",
            "!Transform {Name: M}|Fn::Transform", "!ToJsonString {a: 1}|Fn::ToJsonString", "!Length [a, b]|Fn::Length",
            "!GetAtt Res.Arn|Fn::GetAtt"})
    void shortFormTagsBecomeTheirLongForms(String value, String longForm) {
        ParsedDocument doc = yaml("Value: " + value + "\n");
        MapNode call = doc.root().asMap().map("Value");
        assertThat(doc.problems()).isEmpty();
        assertThat(call.isShortForm()).isTrue();
        assertThat(call.intrinsicName() != null || longForm.equals("Condition")).isTrue();
        assertThat(call.keys()).containsExactly(longForm);
        assertThat(call.entry(longForm).key().span().startPosition().column()).as("the key points at the tag").isEqualTo(8);
    }

    @Test
    void shortAndLongFormsBuildTheSameTree() {
        Node shortForm = yaml("A: !GetAtt Role.Arn\nB: !Sub ['${X}', {X: !Ref Y}]\n").root();
        Node longForm = yaml("A: {Fn::GetAtt: [Role, Arn]}\nB: {Fn::Sub: ['${X}', {X: {Ref: Y}}]}\n").root();
        assertThat(shape(shortForm)).isEqualTo(shape(longForm));
    }

    @Test
    void getAttDottedFormSplitsAtTheFirstDotWithPositions() {
        SeqNode args = yaml("A: !GetAtt Db.Endpoint.Address\n").root().asMap().map("A").seq("Fn::GetAtt");
        assertThat(args.get(0).text()).isEqualTo("Db");
        assertThat(args.get(1).text()).isEqualTo("Endpoint.Address");
        assertThat(at(args.get(0))).isEqualTo("1:12-1:14");
        assertThat(at(args.get(1))).isEqualTo("1:15-1:31");
    }

    @Test
    void unknownTagIsAPositionedProblemAndTheValueIsKept() {
        ParsedDocument doc = yaml("A: 1\nB: !Reff Thing\n");
        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ParseProblem.Kind.UNKNOWN_TAG);
            assertThat(p.span().startPosition().toString()).isEqualTo("2:4");
            assertThat(p.message()).contains("!Reff");
        });
        assertThat(doc.root().asMap().text("B")).isEqualTo("Thing");
    }

    @Test
    void duplicateKeysAreReportedAtTheSecondKeyInYamlAndJson() {
        ParsedDocument y = yaml("A: 1\nB:\n  C: 1\n  C: 2\n");
        assertThat(y.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ParseProblem.Kind.DUPLICATE_KEY);
            assertThat(p.span().startPosition().toString()).isEqualTo("4:3");
            assertThat(p.message()).contains("'C'").contains("line 3");
        });
        ParsedDocument j = json("{\n  \"A\": 1,\n  \"A\": 2\n}");
        assertThat(j.problems()).singleElement().satisfies(p -> assertThat(p.span().startPosition().toString()).isEqualTo("3:3"));
    }

    @Test
    void yamlSyntaxErrorIsPositionedWithTheParsersReason() {
        ParsedDocument doc = yaml("Resources:\n  A: [1,\n  B: 2\n");
        assertThat(doc.root()).isNull();
        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ParseProblem.Kind.SYNTAX);
            assertThat(p.message()).startsWith("YAML syntax error: ").contains("the '[' list that starts at line 2 is not closed");
            assertThat(p.span().startPosition().line()).isEqualTo(4);
        });
    }

    @Test
    void jsonSyntaxErrorIsPositionedInPlainWords() {
        ParsedDocument doc = json("{\"A\": 1,\n \"B\" 2}\n");
        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.span().startPosition().toString()).isEqualTo("2:6");
            assertThat(p.message()).startsWith("JSON syntax error: ").doesNotContain("code 50");
        });
    }

    @Test
    void jsonPositionsOfKeysAndScalars() {
        Node root = json("{\n  \"A\": {\"Ref\": \"x\"},\n  \"B\": [1, true, null, \"s\\\"q\"]\n}").root();
        assertThat(at(root.asMap().entry("A").key())).isEqualTo("2:3-2:6");
        assertThat(at(path(root, "A", "Ref"))).isEqualTo("2:16-2:19");
        assertThat(at(path(root, "B", 3))).isEqualTo("3:24-3:30");
        assertThat(path(root, "B", 0).asScalar().kind()).isEqualTo(ScalarNode.Kind.NUMBER);
        assertThat(path(root, "B", 1).asScalar().kind()).isEqualTo(ScalarNode.Kind.BOOLEAN);
        assertThat(path(root, "B", 2).asScalar().kind()).isEqualTo(ScalarNode.Kind.NULL);
        assertThat(at(root)).isEqualTo("1:1-4:2");
    }

    @Test
    void yaml11BooleanWordsReadAsTextLikeKeysAndTheFirstIsReportedOnce() {
        ParsedDocument doc = yaml("Yes:\n  Next: Yes\nB: [On, \"off\", y, True, 'no']\n");
        Node root = doc.root();
        assertThat(root.asMap().has("Yes")).isTrue();
        assertThat(path(root, "Yes", "Next").asScalar().kind()).isEqualTo(ScalarNode.Kind.STRING);
        assertThat(path(root, "B", 0).asScalar().kind()).isEqualTo(ScalarNode.Kind.STRING);
        assertThat(path(root, "B", 2).asScalar().kind()).as("y is text to PyYAML too").isEqualTo(ScalarNode.Kind.STRING);
        assertThat(path(root, "B", 3).asScalar().kind()).isEqualTo(ScalarNode.Kind.BOOLEAN);
        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ParseProblem.Kind.YAML11_BOOLEAN);
            assertThat(p.span().startPosition().toString()).isEqualTo("1:1");
            assertThat(p.message()).contains("unquoted 'Yes' is the boolean true").contains("and 2 more");
        });
        assertThat(json("{\"A\": true}").problems()).isEmpty();
    }

    @Test
    void columnsCountUtf16UnitsAfterAstralCharactersAndIgnoreTheByteOrderMark() {
        Node root = yaml("\uFEFFA: \"😀😀\"\nB: x\n").root();
        assertThat(at(root.asMap().get("A"))).as("the byte order mark is not a column").isEqualTo("1:4-1:10");
        assertThat(at(json("\uFEFF{\"A\": 1}").root().asMap().get("A"))).isEqualTo("1:7-1:8");
        assertThat(at(root.asMap().get("B"))).isEqualTo("2:4-2:5");
        Node after = yaml("A: \"😀\"  # c\nB: !Ref X\n").root();
        assertThat(after.asMap().map("B").entry("Ref").key().span().startPosition().toString()).isEqualTo("2:4");
    }

    @Test
    void windowsLineEndingsCountAsOneBreak() {
        Node root = yaml("A: 1\r\nB:\r\n  C: 2\r\n").root();
        assertThat(at(path(root, "B", "C"))).isEqualTo("3:6-3:7");
    }

    @Test
    void aliasesExpandToTheAnchoredValueAndAreReported() {
        ParsedDocument doc = yaml("A: &tags\n  k: v\nB: *tags\n");
        assertThat(path(doc.root(), "B", "k").text()).isEqualTo("v");
        assertThat(path(doc.root(), "B", "k").path().toString()).isEqualTo("B/k");
        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ParseProblem.Kind.ALIAS);
            assertThat(p.span().startPosition().toString()).isEqualTo("3:4");
        });
    }

    @Test
    void scalarAnchorsAreAliasedToo() {
        ParsedDocument doc = yaml("P: &d abc\nQ: *d\nL: [&e x, *e]\nR: &r !Ref X\nS: *r\n");
        assertThat(doc.root().asMap().text("Q")).isEqualTo("abc");
        assertThat(path(doc.root(), "L", 1).text()).isEqualTo("x");
        assertThat(doc.root().asMap().map("S").text("Ref")).isEqualTo("X");
        assertThat(doc.problems()).extracting(ParseProblem::kind).containsOnly(ParseProblem.Kind.ALIAS);
    }

    @Test
    void mergeKeysFillInWhatTheMappingDoesNotSet() {
        ParsedDocument doc = yaml("Base: &base\n  Type: T\n  Size: 1\nCopy:\n  <<: *base\n  Size: 2\n");
        MapNode copy = doc.root().asMap().map("Copy");
        assertThat(copy.keys()).containsExactly("Size", "Type");
        assertThat(copy.text("Size")).isEqualTo("2");
        assertThat(copy.get("Type").path().toString()).isEqualTo("Copy/Type");
        assertThat(doc.problems()).extracting(p -> p.kind() + "@" + p.span().startPosition())
                .containsExactly("ALIAS@5:7", "ALIAS@5:3");
    }

    @Test
    void exponentialAliasesAreRefusedInsteadOfHanging() {
        StringBuilder text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            text.append("a").append(i).append(": &a").append(i).append(" [");
            text.append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        }
        ParsedDocument doc = yaml(text.toString());
        assertThat(doc.problems()).filteredOn(p -> p.message().contains("aliases expand to more than")).hasSize(1);
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThat(json(deep).problems()).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(ParseProblem.Kind.SYNTAX));
        assertThat(yaml("a: " + deep).problems()).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(ParseProblem.Kind.SYNTAX));
    }

    @Test
    void anEmptyTaggedValueSitsRightAfterItsTag() {
        Node root = yaml("A: !Ref\nB: !GetAtt\n").root();
        assertThat(root.asMap().map("A").get("Ref").span().startPosition().toString()).isEqualTo("1:8");
        assertThat(root.asMap().map("B").get("Fn::GetAtt").span().startPosition().toString()).isEqualTo("2:11");
    }

    @Test
    void nestingTooDeepIsReportedWhereItHappens() {
        String deep = "{\"Resources\":\n" + "[".repeat(500);
        assertThat(json(deep).problems()).singleElement().satisfies(p -> {
            assertThat(p.span().startPosition().line()).isEqualTo(2);
            assertThat(p.span().startPosition().column()).isGreaterThan(300);
        });
    }

    @Test
    void aSecondYamlDocumentIsReported() {
        ParsedDocument doc = yaml("A: 1\n---\nB: 2\n");
        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("more than one YAML document");
            assertThat(p.span().startPosition().line()).isEqualTo(3);
        });
    }

    @Test
    void emptyFileHasNoRootAndNoProblem() {
        assertThat(yaml("").root()).isNull();
        assertThat(yaml("# only a comment\n").problems()).isEmpty();
    }

    @Test
    void blockScalarsKeepTheirText() {
        Node root = yaml("A: |\n  line1\n  line2\nB: x\n").root();
        assertThat(root.asMap().text("A")).isEqualTo("line1\nline2\n");
        assertThat(root.asMap().get("A").span().startPosition().toString()).isEqualTo("1:4");
    }

    /** The tree without positions, to compare two parses. */
    private static Object shape(Node node) {
        if (node instanceof MapNode map) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            map.entries().forEach(e -> out.put(e.name(), shape(e.value())));
            return out;
        }
        if (node instanceof SeqNode seq) {
            return seq.items().stream().map(TreeParserTest::shape).toList();
        }
        return List.of(node.text() == null ? "null" : node.text());
    }
}
