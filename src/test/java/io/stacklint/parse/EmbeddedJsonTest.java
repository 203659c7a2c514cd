package io.stacklint.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stacklint.source.SourceFile;
import io.stacklint.source.Span;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

class EmbeddedJsonTest {
    private static final String MACHINE = "Resources:\n  Machine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n";

    private static Node at(Node root, Object... path) {
        Node node = root;
        for (Object key : path) {
            node = key instanceof Integer i ? node.asSeq().get(i) : node.asMap().get((String) key);
        }
        return node;
    }

    private static ScalarNode key(Node root, Object... path) {
        Node parent = at(root, java.util.Arrays.copyOf(path, path.length - 1));
        return parent.asMap().entry((String) path[path.length - 1]).key();
    }

    private static String where(Node node) {
        return where(node.span());
    }

    private static String where(Span span) {
        return span.startPosition() + " " + span.text();
    }

    /** The JSON of the string at {@code path} of the host, parsed. */
    private static ParsedDocument embedded(String name, String host, Object... path) {
        ParsedDocument doc = TreeParser.parse(SourceFile.of(name, host));
        assertThat(doc.problems()).isEmpty();
        ScalarNode string = at(doc.root(), path).asScalar();
        return EmbeddedJson.parse(EmbeddedText.in(doc.source()).literal(string).build(), string.path());
    }

    @Test
    void literalBlock() {
        String host = MACHINE + """
                      DefinitionString: |
                        {
                          "StartAt": "First",
                          "States": {
                            "First": {"Type": "Pass", "End": true}
                          }
                        }
                """;
        ParsedDocument json = embedded("t.yaml", host, "Resources", "Machine", "Properties", "DefinitionString");
        assertThat(json.problems()).isEmpty();
        ScalarNode first = key(json.root(), "States", "First");
        assertThat(where(first)).isEqualTo("9:13 \"First\"");
        assertThat(first.path().toString()).isEqualTo("Resources/Machine/Properties/DefinitionString/States/First");
        assertThat(where(at(json.root(), "States", "First", "End"))).isEqualTo("9:46 true");
        assertThat(json.root().span().startPosition().toString()).isEqualTo("6:9");
        assertThat(json.root().span().endPosition().toString()).isEqualTo("11:10");
    }

    @Test
    void subBlockWithPlaceholdersWhereValuesGo() {
        String host = MACHINE + """
                      DefinitionString: !Sub |
                        {
                          "StartAt": "Wait",
                          "States": {
                            "Wait": {"Type": "Wait", "Seconds": ${Delay}, "Next": "Done"},
                            "Done": {"Type": "Succeed", "Comment": "${!Literal} in ${AWS::Region}", "X": [${A}, ${!B}]}
                          }
                        }
                """;
        ParsedDocument json = embedded("t.yaml", host, "Resources", "Machine", "Properties", "DefinitionString", "Fn::Sub");
        assertThat(json.problems()).isEmpty();
        assertThat(where(key(json.root(), "States", "Wait"))).isEqualTo("9:13 \"Wait\"");
        ScalarNode seconds = at(json.root(), "States", "Wait", "Seconds").asScalar();
        assertThat(seconds.value()).isEqualTo("${Delay}");
        assertThat(seconds.isString()).isTrue();
        assertThat(where(seconds)).isEqualTo("9:49 ${Delay}");
        assertThat(seconds.path().toString()).isEqualTo("Resources/Machine/Properties/DefinitionString/Fn::Sub/States/Wait/Seconds");
        assertThat(at(json.root(), "States", "Done", "Comment").text()).as("inside a string: as written").isEqualTo("${!Literal} in ${AWS::Region}");
        assertThat(where(at(json.root(), "States", "Done", "X", 1))).isEqualTo("10:97 ${!B}");
        assertThat(where(key(json.root(), "States", "Done", "X"))).isEqualTo("10:85 \"X\"");
    }

    @Test
    void doubleQuotedOneLineString() {
        String host = MACHINE + "      DefinitionString: \"{\\\"StartAt\\\": \\\"A\\\", \\\"States\\\": {\\\"A\\\": {\\\"Type\\\": \\\"Pass\\\", \\\"End\\\": true}}}\"\n";
        ParsedDocument json = embedded("t.yaml", host, "Resources", "Machine", "Properties", "DefinitionString");
        assertThat(json.problems()).isEmpty();
        assertThat(where(key(json.root(), "States", "A"))).as("the whole escaped key").isEqualTo("5:60 \\\"A\\\"");
    }

    @Test
    void escapedStringOfAJsonTemplate() {
        String host = """
                {
                  "Resources": {
                    "Machine": {
                      "Type": "AWS::StepFunctions::StateMachine",
                      "Properties": {
                        "DefinitionString": "{\\n  \\"StartAt\\": \\"A\\",\\n  \\"States\\": {\\"A\\": {\\"Type\\": \\"Pass\\", \\"End\\": true}}}"
                      }
                    }
                  }
                }
                """;
        ParsedDocument json = embedded("t.json", host, "Resources", "Machine", "Properties", "DefinitionString");
        assertThat(json.problems()).isEmpty();
        assertThat(where(key(json.root(), "States", "A"))).isEqualTo("6:71 \\\"A\\\"");
        assertThat(where(at(json.root(), "StartAt"))).isEqualTo("6:48 \\\"A\\\"");
    }

    @Test
    void joinedPiecesAndIntrinsics() {
        String host = MACHINE + """
                      DefinitionString: !Join
                        - ""
                        - - '{"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "'
                          - !GetAtt Fn.Arn
                          - '", "TimeoutSeconds": '
                          - !Ref Timeout
                          - ', "End": true}}}'
                """;
        ParsedDocument doc = TreeParser.parse(SourceFile.of("t.yaml", host));
        Node join = at(doc.root(), "Resources", "Machine", "Properties", "DefinitionString");
        SeqNode parts = at(join, "Fn::Join", 1).asSeq();
        EmbeddedText text = EmbeddedText.in(doc.source())
                .literal(parts.get(0).asScalar())
                .synthetic("${Fn.Arn}", parts.get(1).span())
                .literal(parts.get(2).asScalar())
                .synthetic("${Timeout}", parts.get(3).span())
                .literal(parts.get(4).asScalar())
                .build();
        ParsedDocument json = EmbeddedJson.parse(text, join.path());
        assertThat(json.problems()).isEmpty();
        assertThat(where(key(json.root(), "States", "Call"))).isEqualTo("7:45 \"Call\"");
        Node resource = at(json.root(), "States", "Call", "Resource");
        assertThat(resource.text()).isEqualTo("${Fn.Arn}");
        assertThat(resource.span().startPosition().toString()).as("from its opening quote").isEqualTo("7:82");
        assertThat(resource.span().endPosition().toString()).as("to its closing quote").isEqualTo("9:15");
        Node timeout = at(json.root(), "States", "Call", "TimeoutSeconds");
        assertThat(timeout.text()).isEqualTo("${Timeout}");
        assertThat(where(timeout)).as("exactly the intrinsic").isEqualTo("10:13 !Ref Timeout");
    }

    @Test
    void syntaxErrorsPointIntoTheHost() {
        String host = MACHINE + """
                      DefinitionString: |
                        {
                          "StartAt": "A"
                          "States": {}
                        }
                """;
        ParsedDocument json = embedded("t.yaml", host, "Resources", "Machine", "Properties", "DefinitionString");
        assertThat(json.problems()).hasSize(1);
        ParseProblem problem = json.problems().get(0);
        assertThat(problem.kind()).isEqualTo(ParseProblem.Kind.SYNTAX);
        assertThat(problem.span().startPosition().toString()).isEqualTo("8:11");
        assertThat(problem.message()).startsWith("syntax error in the embedded JSON: ").doesNotContain("JSON syntax error");
        assertThat(problem.span().file().displayPath()).isEqualTo("t.yaml");
    }

    @Test
    void unclosedObjectIsReportedAfterTheLastCharacterWithHostCoordinates() {
        String host = MACHINE + """
                      DefinitionString: |-
                        {
                          "StartAt": "A",
                          "States": {"A": {"Type": "Pass", "End": true}

                """;
        ParsedDocument json = embedded("t.yaml", host, "Resources", "Machine", "Properties", "DefinitionString");
        ParseProblem problem = json.problems().get(0);
        assertThat(problem.span().startPosition().toString()).isEqualTo("8:56");
        assertThat(problem.message()).isEqualTo("syntax error in the embedded JSON: a '{' object opened at line 8, column 21 is not closed with '}'");
    }

    @Test
    void wrongCloserAndLineBreakInAStringAreSaidInHostTerms() {
        String host = MACHINE + """
                      DefinitionString: |
                        {"StartAt": "A",
                         "States": [1, 2}
                        }
                """;
        ParseProblem closer = embedded("t.yaml", host, "Resources", "Machine", "Properties", "DefinitionString").problems().get(0);
        assertThat(closer.span().startPosition().toString()).isEqualTo("7:25");
        assertThat(closer.message()).isEqualTo(
                "syntax error in the embedded JSON: '}' does not close a '[' list opened at line 7, column 20: expected ']'");
        String unclosed = MACHINE + "      DefinitionString: |\n        {\"StartAt\": \"A}\n";
        ParseProblem lineBreak = embedded("t.yaml", unclosed, "Resources", "Machine", "Properties", "DefinitionString").problems().get(0);
        assertThat(lineBreak.span().startPosition().toString()).as("the line break").isEqualTo("6:24");
        assertThat(lineBreak.message()).contains("must be escaped inside a JSON string: write a line break as \\n");
    }

    @Test
    void aStringWithoutJsonIsAnError() {
        ParsedDocument json = embedded("t.yaml", MACHINE + "      DefinitionString: ''\n", "Resources", "Machine", "Properties", "DefinitionString");
        assertThat(json.root()).isNull();
        assertThat(json.problems()).extracting(ParseProblem::message)
                .containsExactly("syntax error in the embedded JSON: the string holds no JSON value");
        assertThat(json.problems().get(0).span().startPosition().line()).isEqualTo(5);
    }

    @Test
    void syntaxErrorInAnEscapedStringPointsAtTheBackslash() {
        String host = "{\"Resources\": {\"M\": {\"Properties\": {\"DefinitionString\": \"{\\\"StartAt\\\": 'A'}\"}}}}";
        ParsedDocument json = embedded("t.json", host, "Resources", "M", "Properties", "DefinitionString");
        ParseProblem problem = json.problems().get(0);
        assertThat(problem.span().startPosition().toString()).isEqualTo("1:" + (host.indexOf("'A'") + 1));
        assertThat(problem.message()).isEqualTo("syntax error in the embedded JSON: JSON strings take double quotes, not single quotes");
    }

    @Test
    void duplicateKeysNameTheHostLine() {
        String host = MACHINE + """
                      DefinitionString: |
                        {"StartAt": "A",
                         "States": {},
                         "StartAt": "B"}
                """;
        ParsedDocument json = embedded("t.yaml", host, "Resources", "Machine", "Properties", "DefinitionString");
        ParseProblem problem = json.problems().get(0);
        assertThat(problem.kind()).isEqualTo(ParseProblem.Kind.DUPLICATE_KEY);
        assertThat(where(problem.span())).isEqualTo("8:10 \"StartAt\"");
        assertThat(problem.message()).isEqualTo("duplicate key 'StartAt' (first defined at line 6) in the embedded JSON");
        assertThat(problem.path().toString()).isEqualTo("Resources/Machine/Properties/DefinitionString/StartAt");
    }

    @Test
    void crlfTabsAndEmojiInTheHost() {
        String host = (MACHINE + "      DefinitionString: !Sub |\n        {\"Comment\": \"\uD83D\uDE00\",\t\"States\": {\n\n          \"B\": {\"Seconds\": ${S}}}}\n")
                .replace("\n", "\r\n");
        ParsedDocument json = embedded("t.yaml", host, "Resources", "Machine", "Properties", "DefinitionString", "Fn::Sub");
        assertThat(json.problems()).isEmpty();
        assertThat(where(key(json.root(), "States"))).as("after an emoji (two columns) and a tab").isEqualTo("6:27 \"States\"");
        assertThat(where(key(json.root(), "States", "B"))).isEqualTo("8:11 \"B\"");
        assertThat(where(at(json.root(), "States", "B", "Seconds"))).isEqualTo("8:28 ${S}");
    }

    @Test
    void aStringReadInAnUnforeseenWayStillMapsIntoItself() {
        SourceFile file = SourceFile.of("t.yaml", "A: \"{\\\"B\\\": 1}\"\n");
        ScalarNode written = TreeParser.parse(file).root().asMap().get("A").asScalar();
        ScalarNode odd = new ScalarNode(written.span(), written.path(), "{\"C\": [1]}", ScalarNode.Kind.STRING);
        ParsedDocument json = EmbeddedJson.parse(EmbeddedText.in(file).literal(odd).build(), odd.path());
        assertThat(json.problems()).isEmpty();
        assertThat(key(json.root(), "C").span()).isEqualTo(written.span());
        assertThat(at(json.root(), "C", 0).span()).isEqualTo(written.span());
    }

    @Test
    void placeholdersAreOnlyQuotedOutsideStrings() {
        SourceFile file = SourceFile.of("t.yaml", "A: '[${X}, \"${Y}\", \"a\\\\\\\"${Z}\", ${}, $${W}, ${bad\"}]'\n");
        ScalarNode string = TreeParser.parse(file).root().asMap().get("A").asScalar();
        EmbeddedText quoted = JsonPlaceholders.quoteBare(EmbeddedText.in(file).literal(string).build());
        assertThat(quoted.text()).isEqualTo("[\"${X}\", \"${Y}\", \"a\\\\\\\"${Z}\", ${}, $\"${W}\", ${bad\"}]");
        assertThat(quoted.hostSpan(1, 7).text()).isEqualTo("${X}");
        assertThat(quoted.hostSpan(quoted.text().length(), quoted.text().length()).start()).isEqualTo(string.span().end());
    }

    @Test
    void leadingByteOrderMarkKeepsOffsets() {
        SourceFile file = SourceFile.of("t.yaml", "A: \"\\uFEFF{\\\"B\\\": 1}\"\n");
        ScalarNode string = TreeParser.parse(file).root().asMap().get("A").asScalar();
        ParsedDocument json = EmbeddedJson.parse(EmbeddedText.in(file).literal(string).build(), string.path());
        assertThat(json.problems()).isEmpty();
        assertThat(where(key(json.root(), "B"))).isEqualTo("1:12 \\\"B\\\"");
    }

    /** Random JSON documents, written into every scalar style and into a JSON host: each key and string is where it is written. */
    @ParameterizedTest
    @EnumSource(value = DumperOptions.ScalarStyle.class)
    void randomDocumentsInEveryStyle(DumperOptions.ScalarStyle style) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Random random = new Random(31L * style.ordinal() + 5);
        int unfaithful = 0;
        for (int round = 0; round < 60; round++) {
            ObjectNode definition = randomObject(random, 0, YAML_SAFE_PIECES);
            String jsonText = write(mapper, definition, random);
            DumperOptions options = new DumperOptions();
            options.setDefaultScalarStyle(style);
            options.setWidth(20 + random.nextInt(60));
            options.setIndent(2 + random.nextInt(3));
            options.setLineBreak(random.nextBoolean() ? DumperOptions.LineBreak.UNIX : DumperOptions.LineBreak.WIN);
            String yamlHost = new Yaml(options).dump(Map.of("Resources", Map.of("M", Map.of("DefinitionString", jsonText))));
            if (!TreeParser.parse(SourceFile.of("t.yaml", yamlHost)).root().asMap().map("Resources").map("M").text("DefinitionString").equals(jsonText)) {
                // SnakeYAML folds lines it should not (more indented ones) when writing folded scalars: not ours to test.
                unfaithful++;
                continue;
            }
            checkEveryString(embedded("t.yaml", yamlHost, "Resources", "M", "DefinitionString"), definition, yamlHost);
            if (style == DumperOptions.ScalarStyle.PLAIN) {
                ObjectNode anything = randomObject(random, 0, PIECES);
                String jsonHost = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(
                        Map.of("Resources", Map.of("M", Map.of("DefinitionString", write(mapper, anything, random)))));
                checkEveryString(embedded("t.json", jsonHost, "Resources", "M", "DefinitionString"), anything, jsonHost);
            }
        }
        assertThat(unfaithful).as("rounds SnakeYAML did not write faithfully").isLessThan(20);
    }

    private static String write(ObjectMapper mapper, ObjectNode definition, Random random) throws Exception {
        return random.nextBoolean() ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(definition) : mapper.writeValueAsString(definition);
    }

    private static void checkEveryString(ParsedDocument json, ObjectNode expected, String host) throws Exception {
        assertThat(json.problems()).as(host).isEmpty();
        assertThat(new ObjectMapper().readTree(toJson(json.root()))).isEqualTo(expected);
        walk(json.root(), node -> {
            String written = node.span().text();
            assertThat(written.startsWith("\"") || written.startsWith("\\\"")).as("%s of %s", written, host).isTrue();
            assertThat(written.endsWith("\"")).as("%s of %s", written, host).isTrue();
            if (node.value().matches("[A-Za-z]+")) {
                // An escaped line break of a double-quoted YAML string may split a key; it stands for nothing.
                String unescaped = written.replaceAll("\\\\(\r\n|\n)[ \t]*", "").replace("\\\"", "\"");
                assertThat(unescaped).as(host).isEqualTo("\"" + node.value() + "\"");
            }
        });
    }

    private static void walk(Node node, Consumer<ScalarNode> strings) {
        if (node instanceof MapNode map) {
            for (Entry entry : map.entries()) {
                strings.accept(entry.key());
                walk(entry.value(), strings);
            }
        } else if (node instanceof SeqNode seq) {
            seq.items().forEach(item -> walk(item, strings));
        } else if (node instanceof ScalarNode scalar && scalar.isString()) {
            strings.accept(scalar);
        }
    }

    private static String toJson(Node node) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        return mapper.writeValueAsString(toTree(node));
    }

    private static Object toTree(Node node) {
        if (node instanceof MapNode map) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            map.entries().forEach(e -> out.put(e.name(), toTree(e.value())));
            return out;
        }
        if (node instanceof SeqNode seq) {
            return seq.items().stream().map(EmbeddedJsonTest::toTree).toList();
        }
        ScalarNode scalar = (ScalarNode) node;
        return switch (scalar.kind()) {
            case STRING -> scalar.value();
            case NUMBER -> new java.math.BigDecimal(scalar.value());
            case BOOLEAN -> Boolean.valueOf(scalar.value());
            case NULL -> null;
        };
    }

    private static final List<String> PIECES = List.of("a", "b", "Z", " ", "\"", "\\", "/", "\n", "\t", "\u00e9", "\uD83D\uDE00",
            "${X}", "'", "#", ": ", "\u0001", "\u2028");
    /** SnakeYAML writes a line separator into a folded scalar raw, and reads it back as a line feed. */
    private static final List<String> YAML_SAFE_PIECES = PIECES.subList(0, PIECES.size() - 1);

    private static String randomText(Random random, boolean plainOften, List<String> pieces) {
        if (plainOften && random.nextInt(3) > 0) {
            return "K" + "abcdefgh".substring(0, 1 + random.nextInt(7));
        }
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            out.append(pieces.get(random.nextInt(pieces.size())));
        }
        return out.toString();
    }

    private static ObjectNode randomObject(Random random, int depth, List<String> pieces) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (int i = random.nextInt(depth == 0 ? 6 : 4); i >= 0; i--) {
            object.set(randomText(random, true, pieces), randomValue(random, depth + 1, pieces));
        }
        return object;
    }

    private static com.fasterxml.jackson.databind.JsonNode randomValue(Random random, int depth, List<String> pieces) {
        int kind = random.nextInt(depth > 3 ? 4 : 6);
        return switch (kind) {
            case 0 -> JsonNodeFactory.instance.textNode(randomText(random, false, pieces));
            case 1 -> JsonNodeFactory.instance.numberNode(random.nextInt(100000) - 50);
            case 2 -> JsonNodeFactory.instance.booleanNode(random.nextBoolean());
            case 3 -> JsonNodeFactory.instance.nullNode();
            case 4 -> randomObject(random, depth, pieces);
            default -> {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomValue(random, depth + 1, pieces));
                }
                yield array;
            }
        };
    }
}
