package io.stacklint.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.stacklint.source.SourceFile;
import io.stacklint.source.Span;
import io.stacklint.tree.Entry;
import io.stacklint.tree.Intrinsics;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.NodePath;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads a YAML or JSON file into one position-preserving tree. YAML short-form tags ({@code !Ref x}) become
 * the same mappings as their long forms ({@code {Ref: x}}); the synthesized key points at the tag.
 */
public final class TreeParser {
    private static final int MAX_DEPTH = 400;

    // Canonicalizing field names (a per-parser symbol table, copied on its first new name, merged back into
    // the factory's and interned) pays over many documents of a long-running process, not over a lint run's
    // few hundred files read once each: the names become plain strings.
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .build();

    /** Made on the first YAML file: a run over JSON files alone loads no SnakeYAML class. */
    private static final class Yaml {
        static final WholeTextYamlFactory FACTORY;

        static {
            LoaderOptions options = new LoaderOptions();
            options.setNestingDepthLimit(MAX_DEPTH);
            options.setCodePointLimit(64 * 1024 * 1024);
            options.setAllowDuplicateKeys(true);
            FACTORY = new WholeTextYamlFactory(options, StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
        }

        /** Typed as a JsonParser so that verifying TreeParser needs no YAMLParser class either. */
        static JsonParser parser(String text) {
            return FACTORY.parser(text);
        }
    }

    private final SourceFile file;
    private final SourceFormat format;
    private final String text;
    private final int[] charOffsetOfCodePoint;
    private final List<ParseProblem> problems = new ArrayList<>();
    private final YamlAliases aliases = new YamlAliases(problems);
    private final Yaml11Booleans yaml11Booleans = new Yaml11Booleans();
    private JsonParser parser;

    private TreeParser(SourceFile file, SourceFormat format) {
        this.file = file;
        this.format = format;
        this.text = file.text();
        this.charOffsetOfCodePoint = format == SourceFormat.YAML ? codePointIndex(text) : null;
    }

    public static ParsedDocument parse(SourceFile file) {
        return parse(file, SourceFormat.of(file));
    }

    public static ParsedDocument parse(SourceFile file, SourceFormat format) {
        TreeParser builder = new TreeParser(file, format);
        Node root = builder.run();
        return new ParsedDocument(file, format, root, builder.problems);
    }

    private Node run() {
        SourceFile.EncodingProblem encoding = file.encodingProblem();
        if (encoding != null) {
            problems.add(new ParseProblem(ParseProblem.Kind.SYNTAX, file.span(encoding.offset(), encoding.offset()), encoding.message()));
        }
        try (JsonParser p = format == SourceFormat.YAML ? Yaml.parser(text) : JSON.createParser(text)) {
            parser = p;
            if (p.nextToken() == null) {
                return null;
            }
            Node root = readValue(NodePath.ROOT, 0);
            yaml11Booleans.report(problems);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                int at = tokenStart();
                problems.add(new ParseProblem(ParseProblem.Kind.SYNTAX, file.span(at, at + 1),
                        format == SourceFormat.YAML
                                ? "the file holds more than one YAML document; CloudFormation reads exactly one"
                                : "unexpected content after the end of the JSON value"));
            }
            return root;
        } catch (JsonProcessingException e) {
            problems.add(syntaxProblem(e));
            return null;
        } catch (IOException e) {
            problems.add(new ParseProblem(ParseProblem.Kind.SYNTAX, file.span(0, 0), "could not be read: " + e.getMessage()));
            return null;
        }
    }

    private Node readValue(NodePath path, int depth) throws IOException {
        JsonToken token = parser.currentToken();
        int start = tokenStart();
        String tag = currentTag();
        String anchor = currentAnchor(start);
        if (format == SourceFormat.YAML && ((YAMLParser) parser).isCurrentAlias()) {
            return aliases.resolve(parser.getText(), path, file.span(start, skipWord(start + 1)));
        }
        String longForm = tag == null ? null : Intrinsics.longForm(tag);
        Span tagSpan = tag == null ? null : tagSpan(start, tag);
        String tagProblem = tag == null ? null : YamlTags.problem(tag, token.isScalarValue() ? parser.getText() : null, !token.isScalarValue());
        if (tagProblem != null) {
            problems.add(new ParseProblem(ParseProblem.Kind.UNKNOWN_TAG, tagSpan, path, tagProblem));
        }
        int valueStart = skipNodeProperties(start);
        if (tagSpan != null && token.isScalarValue() && isEmptyScalar()) {
            // "!Ref" with nothing after it: the empty value sits right after the tag, not on the next line.
            valueStart = tagSpan.end();
        }
        NodePath valuePath = longForm == null ? path : path.child(longForm);
        Node value = switch (token) {
            case START_OBJECT -> readMap(valuePath, valueStart, depth);
            case START_ARRAY -> readSeq(valuePath, valueStart, depth);
            default -> readScalar(valuePath, valueStart);
        };
        if (longForm != null) {
            if (longForm.equals("Fn::GetAtt") && value instanceof ScalarNode dotted && dotted.isString()) {
                value = splitGetAtt(dotted, valuePath);
            }
            MapNode call = new MapNode(tagSpan.to(value.span()), path, true);
            call.put(new Entry(new ScalarNode(tagSpan, valuePath, longForm, ScalarNode.Kind.STRING), value));
            value = call;
        }
        if (anchor != null) {
            aliases.remember(anchor, value);
        }
        return value;
    }

    private MapNode readMap(NodePath path, int start, int depth) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<Node> merges = new ArrayList<>();
        Map<String, Entry> seen = new HashMap<>();
        int lastEnd = start + 1;
        MapNode map = null;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int keyStart = tokenStart();
            Span keyTag = format == SourceFormat.YAML ? keyTag(keyStart) : null;
            if (keyTag != null && YamlTags.keyProblem(keyTag.text()) != null) {
                problems.add(new ParseProblem(ParseProblem.Kind.UNKNOWN_TAG, keyTag, path.child(name), YamlTags.keyProblem(keyTag.text())));
            }
            int keyEnd = format == SourceFormat.YAML ? currentEnd() : jsonTokenEnd(keyStart);
            NodePath valuePath = path.child(name);
            ScalarNode key = new ScalarNode(file.span(keyStart, keyEnd), valuePath, name, ScalarNode.Kind.STRING);
            if (format == SourceFormat.YAML && !isQuotedOrBlock(keyStart)) {
                yaml11Booleans.note(name, key.span(), valuePath);
            }
            parser.nextToken();
            Node value = readValue(valuePath, depth + 1);
            if (format == SourceFormat.YAML && name.equals("<<")) {
                problems.add(new ParseProblem(ParseProblem.Kind.ALIAS, key.span(), path, YamlAliases.mergeKeyMessage()));
                merges.add(value);
                lastEnd = Math.max(lastEnd, value.span().end());
                continue;
            }
            Entry entry = new Entry(key, value);
            Entry first = seen.putIfAbsent(name, entry);
            if (first != null) {
                problems.add(new ParseProblem(ParseProblem.Kind.DUPLICATE_KEY, key.span(), valuePath,
                        "duplicate key '" + name + "' (first defined at line " + first.key().span().startPosition().line() + ")"));
            } else {
                entries.add(entry);
            }
            lastEnd = Math.max(lastEnd, value.span().end());
        }
        int end = containerEnd(token, lastEnd, '}');
        map = new MapNode(file.span(start, end), path, false);
        for (Entry entry : entries) {
            map.put(entry);
        }
        YamlAliases.merge(map, merges, path);
        return map;
    }

    private SeqNode readSeq(NodePath path, int start, int depth) throws IOException {
        List<Node> items = new ArrayList<>();
        int lastEnd = start + 1;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            Node item = readValue(path.child(items.size()), depth + 1);
            items.add(item);
            lastEnd = Math.max(lastEnd, item.span().end());
        }
        SeqNode seq = new SeqNode(file.span(start, containerEnd(token, lastEnd, ']')), path);
        items.forEach(seq::add);
        return seq;
    }

    private ScalarNode readScalar(NodePath path, int start) throws IOException {
        JsonToken token = parser.currentToken();
        String value = token == JsonToken.VALUE_NULL ? null : parser.getText();
        ScalarNode.Kind kind = switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ScalarNode.Kind.NUMBER;
            case VALUE_TRUE, VALUE_FALSE -> ScalarNode.Kind.BOOLEAN;
            case VALUE_NULL -> ScalarNode.Kind.NULL;
            default -> ScalarNode.Kind.STRING;
        };
        int end = format == SourceFormat.YAML ? Math.max(start, currentEnd()) : jsonTokenEnd(start);
        if (kind == ScalarNode.Kind.BOOLEAN && format == SourceFormat.YAML && Yaml11Booleans.isWordNotBoolean(value)) {
            // Jackson reads YAML 1.1's yes/no/on/off/y/n as booleans but keys as text: read both as the text.
            kind = ScalarNode.Kind.STRING;
            yaml11Booleans.note(value, file.span(start, end), path);
        }
        if (format == SourceFormat.YAML && kind == ScalarNode.Kind.STRING && value.isEmpty() && !isQuotedOrBlock(start)) {
            // "ResultPath:" with nothing after it is null in YAML, as CloudFormation and Step Functions read it.
            return new ScalarNode(file.span(start, start), path, null, ScalarNode.Kind.NULL);
        }
        return new ScalarNode(file.span(start, end), path, value, kind);
    }

    private boolean isQuotedOrBlock(int offset) {
        if (offset >= text.length()) {
            return false;
        }
        char first = text.charAt(offset);
        return first == '\'' || first == '"' || first == '|' || first == '>';
    }

    /** {@code !GetAtt Res.Attr} is {@code Fn::GetAtt: [Res, Attr]}; the attribute keeps any further dots. */
    private Node splitGetAtt(ScalarNode dotted, NodePath path) {
        String value = dotted.value();
        int dot = value.indexOf('.');
        if (dot < 0) {
            return dotted;
        }
        Span span = dotted.span();
        int at = span.text().indexOf(value);
        int base = at >= 0 ? span.start() + at : span.start();
        SeqNode seq = new SeqNode(span, path);
        seq.add(new ScalarNode(at >= 0 ? file.span(base, base + dot) : span, path.child(0), value.substring(0, dot), ScalarNode.Kind.STRING));
        seq.add(new ScalarNode(at >= 0 ? file.span(base + dot + 1, base + value.length()) : span, path.child(1),
                value.substring(dot + 1), ScalarNode.Kind.STRING));
        return seq;
    }

    private int containerEnd(JsonToken endToken, int lastChildEnd, char closer) {
        if (endToken == null) {
            return lastChildEnd;
        }
        int at = tokenStart();
        if (at < text.length() && text.charAt(at) == closer) {
            return at + 1;
        }
        return lastChildEnd;
    }

    private boolean isEmptyScalar() throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL || parser.getText() == null || parser.getText().isEmpty();
    }

    private String currentTag() throws IOException {
        if (format == SourceFormat.YAML) {
            String tag = ((YAMLParser) parser).getTypeId();
            // Jackson hands over local tags without their '!' (and the core schema's with their full URI).
            if (tag == null || tag.startsWith("!") || tag.startsWith("tag:")) {
                return tag;
            }
            return "!" + tag;
        }
        return null;
    }

    /** The node's anchor ({@code &name}); Jackson does not report it for scalars, so the source is read too. */
    private String currentAnchor(int start) throws IOException {
        if (format != SourceFormat.YAML) {
            return null;
        }
        String anchor = ((YAMLParser) parser).getObjectId();
        int i = start;
        while (anchor == null && i < text.length() && (text.charAt(i) == '!' || text.charAt(i) == '&')) {
            int end = skipWord(i);
            if (text.charAt(i) == '&') {
                anchor = text.substring(i + 1, end);
            }
            i = end;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
        }
        return anchor;
    }

    /** The tag written before a mapping key, read from the source: Jackson reports the tags of values only. */
    private Span keyTag(int keyStart) {
        int i = keyStart;
        while (i < text.length() && (text.charAt(i) == '!' || text.charAt(i) == '&')) {
            int end = skipWord(i);
            if (text.charAt(i) == '!') {
                return file.span(i, end);
            }
            i = end;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
        }
        return null;
    }

    private Span tagSpan(int start, String tag) {
        if (text.startsWith(tag, start)) {
            return file.span(start, start + tag.length());
        }
        int bang = text.indexOf('!', start);
        if (bang >= 0 && bang < start + 200) {
            return file.span(bang, skipWord(bang));
        }
        return file.span(start, start);
    }

    /** Skips a YAML node's tag and anchor, and the blanks after them, to where the value itself starts. */
    private int skipNodeProperties(int start) {
        if (format != SourceFormat.YAML) {
            return start;
        }
        int i = start;
        while (i < text.length() && (text.charAt(i) == '!' || text.charAt(i) == '&')) {
            i = skipWord(i);
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
                i++;
            }
        }
        return i < text.length() ? i : start;
    }

    private int skipWord(int i) {
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ',' && text.charAt(i) != ']' && text.charAt(i) != '}') {
            i++;
        }
        return i;
    }

    /** Where a JSON scalar or key that starts at {@code start} ends, scanned from the source itself. */
    private int jsonTokenEnd(int start) {
        if (start >= text.length()) {
            return start;
        }
        int i = start;
        if (text.charAt(i) == '"') {
            i++;
            while (i < text.length() && text.charAt(i) != '"') {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            return Math.min(text.length(), i + 1);
        }
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || "+-.".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    private int tokenStart() {
        return toOffset(parser.currentTokenLocation());
    }

    private int currentEnd() {
        return toOffset(parser.currentLocation());
    }

    private int toOffset(JsonLocation location) {
        long raw = location.getCharOffset();
        if (raw < 0) {
            return file.offset(location.getLineNr(), location.getColumnNr());
        }
        int index = (int) raw;
        return charOffset(index);
    }

    private ParseProblem syntaxProblem(JsonProcessingException e) {
        return format == SourceFormat.YAML && e.getCause() != null ? yamlSyntaxProblem(e) : jacksonSyntaxProblem(e);
    }

    /** SnakeYAML's own exceptions; kept apart so that a JSON syntax error loads no SnakeYAML class. */
    private ParseProblem yamlSyntaxProblem(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            int index = marked.getProblemMark().getIndex();
            int offset = charOffset(Math.max(0, index));
            int contextLine = marked.getContextMark() == null ? 0 : marked.getContextMark().getLine() + 1;
            String message = YamlErrorWords.explain(marked.getProblem(), marked.getContext(), contextLine);
            return new ParseProblem(ParseProblem.Kind.SYNTAX, file.span(offset, offset), "YAML syntax error: " + message);
        }
        if (e.getCause() instanceof ReaderException forbidden) {
            int offset = charOffset(Math.max(0, forbidden.getPosition()));
            return new ParseProblem(ParseProblem.Kind.SYNTAX, file.span(offset, offset), String.format(
                    "YAML syntax error: the character U+%04X is not allowed in YAML (no control characters but tab and line breaks)",
                    forbidden.getCodePoint()));
        }
        return jacksonSyntaxProblem(e);
    }

    private ParseProblem jacksonSyntaxProblem(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null && parser != null) {
            // Limits (nesting depth) are raised without a location; the parser still knows where it is.
            location = parser.currentTokenLocation();
        }
        int offset = location == null ? 0 : toOffset(location);
        java.util.regex.Matcher unrecognized = JsonErrorWords.UNRECOGNIZED_TOKEN.matcher(String.valueOf(e.getOriginalMessage()));
        if (unrecognized.find()) {
            // Jackson stops after the bad token; the finding belongs where the token starts.
            String token = unrecognized.group(1);
            int start = text.lastIndexOf(token, offset);
            offset = start >= 0 && start + token.length() >= offset - 1 ? start : offset;
        }
        String kind = format == SourceFormat.YAML ? "YAML" : "JSON";
        return new ParseProblem(ParseProblem.Kind.SYNTAX, file.span(offset, offset), kind + " syntax error: " + JsonErrorWords.explain(e.getOriginalMessage(), MAX_DEPTH));
    }

    /** Maps YAML code-point indexes (what SnakeYAML counts) to UTF-16 offsets into the whole file text. */
    /** The UTF-16 offset of a YAML reader's code point offset (past the end: the end). */
    private int charOffset(int codePoint) {
        if (charOffsetOfCodePoint != null) {
            return charOffsetOfCodePoint[Math.min(codePoint, charOffsetOfCodePoint.length - 1)];
        }
        return Math.min(text.length(), codePoint);
    }

    /** Null when every code point is one char (no surrogate pairs), as in nearly every file: the offsets agree. */
    private static int[] codePointIndex(String content) {
        int count = content.codePointCount(0, content.length());
        if (count == content.length()) {
            return null;
        }
        int[] offsets = new int[count + 1];
        int charIndex = 0;
        for (int cp = 0; cp < count; cp++) {
            offsets[cp] = charIndex;
            charIndex += Character.charCount(content.codePointAt(charIndex));
        }
        offsets[count] = content.length();
        return offsets;
    }
}
