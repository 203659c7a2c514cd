package io.stacklint.rules.builtin.asl.structure;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import io.stacklint.model.SourceModels;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.parse.ParsedDocument;
import io.stacklint.parse.TreeParser;
import io.stacklint.source.SourceFile;
import io.stacklint.testing.SourceFiles;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.schema.SchemaError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ASL structure checks moved from networknt's validator (on a Jackson copy of the tree) to
 * {@code TreeSchema} (on the tree itself), so that a run reading a state machine loads neither. Both must find
 * the same problems: what fails, where, which field, and the words the message takes from the schema. Compared
 * on every definition in testdata, in the shared corpus, and on values chosen to sit on each keyword's edges.
 */
class TreeSchemaAgreesWithNetworkntTest {
    private static final List<String> VALUES = List.of("0", "1", "-1", "1.0", "1.5", "-0", "0.5", "1e2", "1E400", "-1e400",
            "99999999", "100000000", "100000000.5", "99999999.9", "31622401", "262144", "262145", "9223372036854775808",
            "18446744073709551617.5", "'1'", "true", "True", "yes", "off", "null", "~", ".inf", "0x1F", "0o17", "[]", "{}",
            "''", "'a'", "'1.0'", "[a]", "[1, 2]", "{a: 1}", "'😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀'",
            "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'", "'a b'", "'a/b'", "'{% $x %}'", "'$.x'", "JSONata", "JSONPath",
            "INLINE", "DISTRIBUTED", "FULL", "'1.0'", "1.0", "Task", "Map", "CSV", "JSONL", "NONE", "\"\\t\"");

    private static final String TEMPLATE = """
            StartAt: @@
            TimeoutSeconds: @@
            Version: @@
            QueryLanguage: @@
            Comment: @@
            Extra: @@
            States:
              T: {Type: Task, Resource: @@, TimeoutSeconds: @@, HeartbeatSeconds: @@, Next: @@, InputPath: @@,
                  Retry: [{ErrorEquals: [@@], IntervalSeconds: @@, MaxAttempts: @@, BackoffRate: @@, MaxDelaySeconds: @@,
                           JitterStrategy: @@, Comment: @@, Extra: @@}, @@],
                  Catch: [{ErrorEquals: @@, Next: @@, ResultPath: @@, Output: @@}, @@], Credentials: {RoleArn: @@, Extra: @@},
                  Arguments: @@, Assign: @@, End: @@, Parameters: @@, QueryLanguage: @@, Seconds: @@}
              M: {Type: Map, MaxConcurrency: @@, ToleratedFailurePercentage: @@, ToleratedFailureCount: @@, Label: @@, Items: @@,
                  ItemReader: {Resource: @@, ReaderConfig: {MaxItems: @@, InputType: @@, CSVHeaders: @@, CSVDelimiter: @@}},
                  ItemBatcher: {MaxItemsPerBatch: @@, MaxInputBytesPerBatch: @@, BatchInput: @@},
                  ResultWriter: {WriterConfig: {OutputType: @@, Transformation: @@}, Resource: @@},
                  ItemProcessor: {StartAt: @@, States: @@, ProcessorConfig: {Mode: @@, ExecutionType: @@}}, Iterator: @@, End: true}
              W: {Type: Wait, Seconds: @@, Timestamp: @@, Next: @@, SecondsPath: @@}
              P: {Type: Parallel, Branches: @@, End: true}
              Q: {Type: Parallel, Branches: [@@, {StartAt: @@, States: {}}], End: true}
              C: {Type: Choice, Choices: @@, Default: @@}
              D: {Type: Choice, Choices: [@@, {}]}
              X: {Type: @@}
              F: {Type: Fail, Error: @@, CausePath: @@}
              S: {Type: Succeed, OutputPath: @@}
              A: {Type: Pass, Result: @@, ResultPath: @@, Next: @@}
              N: @@
              '': {Type: Succeed}
            """;

    @Test
    void agreesOnValuesAtTheKeywordsEdges() {
        int compared = 0;
        for (String value : VALUES) {
            compared += compare(SourceFile.of("edge.asl.yaml", TEMPLATE.replace("@@", value)));
        }
        assertThat(compared).isEqualTo(VALUES.size());
    }

    @Test
    void agreesOnTestdata() throws IOException {
        assertThat(compareAll(Path.of("testdata"))).isGreaterThan(100);
    }

    @Test
    void agreesOnTheSharedCorpus() throws IOException {
        assertThat(compareAll(SourceFiles.corpusOrSkip())).isGreaterThan(300);
    }

    private static int compareAll(Path root) throws IOException {
        int compared = 0;
        for (SourceFile source : SourceFiles.under(root, "json|ya?ml|asl")) {
            if (source.text().contains("StartAt")) {
                compared += compare(source);
            }
        }
        return compared;
    }

    /** Compares the two validators on every state machine of the file; returns how many there were. */
    private static int compare(SourceFile file) {
        ParsedDocument parsed = TreeParser.parse(file);
        if (parsed.root() == null) {
            return 0;
        }
        List<StateMachine> machines;
        try {
            machines = SourceModels.of(parsed, new io.stacklint.rules.engine.DefinitionFileReader()).stateMachines();
        } catch (RuntimeException e) {
            return 0;
        }
        for (StateMachine machine : machines) {
            MapNode definition = machine.definition().node();
            assertThat(tree(definition)).as("%s: %s", file.displayPath(), machine.definition().node().path())
                    .containsExactlyInAnyOrderElementsOf(networknt(definition));
        }
        return machines.size();
    }

    private static List<String> tree(MapNode definition) {
        List<String> out = new ArrayList<>();
        for (SchemaError error : AslSchema.get().validate(definition)) {
            out.add(error.keyword() + " " + error.path() + " " + error.property() + " " + error.schema().description()
                    + ("additionalProperties".equals(error.keyword()) ? " " + error.schema().propertyNames() : ""));
        }
        return out;
    }

    private static List<String> networknt(MapNode definition) {
        NetworkntAslSchema schema = NetworkntAslSchema.get();
        List<String> out = new ArrayList<>();
        for (ValidationMessage message : schema.validate(JsonMirror.of(definition))) {
            out.add(message.getType() + " " + elements(message.getInstanceLocation()) + " " + message.getProperty() + " "
                    + schema.expectation(message.getSchemaLocation())
                    + ("additionalProperties".equals(message.getType()) ? " " + schema.fieldsOf(message.getSchemaLocation()) : ""));
        }
        return out;
    }

    private static List<Object> elements(JsonNodePath path) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            out.add(path.getElement(i));
        }
        return out;
    }
}
