package io.stacklint.rules.builtin.cfn.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.stacklint.model.SourceModels;
import io.stacklint.model.cfn.Resource;
import io.stacklint.parse.ParsedDocument;
import io.stacklint.parse.TreeJson;
import io.stacklint.parse.TreeParser;
import io.stacklint.rules.engine.DefinitionFileReader;
import io.stacklint.source.SourceFile;
import io.stacklint.testing.SourceFiles;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.schema.SchemaError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * CFN026 moved from networknt's validator (on a Jackson copy of the Properties) to {@code TreeSchema} (on the
 * tree), so that a template with a workflow resource loads neither. Both must find the same problems in the
 * same words: what fails, where, which field, and the message CFN026 prints. Compared on every resource with a
 * schema in testdata and in the shared corpus. Choices are left out: networknt reports what each branch wanted
 * (and the choice itself only sometimes), {@code TreeSchema} the choice, and CFN026 reports neither.
 */
class ResourceSchemasAgreeWithNetworkntTest {
    private static final Set<String> CHOICES = Set.of("anyOf", "oneOf");
    private static final Map<String, JsonSchema> NETWORKNT = new ConcurrentHashMap<>();

    @Test
    void agreesOnTestdata() throws IOException {
        assertThat(compareAll(Path.of("testdata"))).isGreaterThan(100);
    }

    @Test
    void agreesOnTheSharedCorpus() throws IOException {
        assertThat(compareAll(SourceFiles.corpusOrSkip())).isGreaterThan(1000);
    }

    private static int compareAll(Path root) throws IOException {
        int compared = 0;
        for (SourceFile source : SourceFiles.under(root, "json|ya?ml|template")) {
            compared += compare(source);
        }
        return compared;
    }

    /** Compares the two validators on every resource of the file with a schema; returns how many there were. */
    private static int compare(SourceFile file) {
        ParsedDocument parsed = TreeParser.parse(file);
        if (parsed.root() == null) {
            return 0;
        }
        List<Resource> resources;
        try {
            resources = SourceModels.of(parsed, new DefinitionFileReader()).template().resources();
        } catch (RuntimeException e) {
            return 0;
        }
        int compared = 0;
        for (Resource resource : resources) {
            MapNode properties = resource.properties();
            if (resource.type() == null || !ResourceSchemas.FILES.containsKey(resource.type()) || properties == null) {
                continue;
            }
            assertThat(tree(resource.type(), properties)).as("%s: %s", file.displayPath(), resource.logicalId())
                    .containsExactlyInAnyOrderElementsOf(networknt(resource.type(), properties));
            compared++;
        }
        return compared;
    }

    private static Set<String> tree(String type, MapNode properties) {
        Set<String> out = new LinkedHashSet<>();
        for (SchemaError error : ResourceSchemas.of(type).validate(properties)) {
            Node at = properties;
            for (Object element : error.path()) {
                at = element instanceof Integer index ? at.asSeq().get(index) : at.asMap().get((String) element);
            }
            if (CHOICES.contains(error.keyword())) {
                continue;
            }
            String words = "dependencies".equals(error.keyword()) ? "" : SchemaMessages.text(error, at);
            out.add(error.keyword() + " " + error.path() + " " + words);
        }
        return out;
    }

    private static Set<String> networknt(String type, MapNode properties) {
        Set<String> out = new LinkedHashSet<>();
        for (ValidationMessage message : NETWORKNT.computeIfAbsent(type, ResourceSchemasAgreeWithNetworkntTest::load).validate(TreeJson.of(properties))) {
            if (CHOICES.contains(message.getType()) || inChoice(message.getEvaluationPath())) {
                continue;
            }
            List<Object> path = elements(message.getInstanceLocation());
            String text = message.getMessage();
            String words = "dependencies".equals(message.getType()) ? "" : text.substring(text.indexOf(": ") + 2);
            out.add(message.getType() + " " + path + " " + words);
        }
        return out;
    }

    private static boolean inChoice(JsonNodePath schemaPath) {
        List<Object> elements = elements(schemaPath);
        return elements.stream().anyMatch(CHOICES::contains);
    }

    private static List<Object> elements(JsonNodePath path) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            out.add(path.getElement(i));
        }
        return out;
    }

    private static JsonSchema load(String type) {
        try (InputStream in = ResourceSchemas.class.getResourceAsStream("/io/stacklint/cfn/schemas/" + ResourceSchemas.FILES.get(type))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
