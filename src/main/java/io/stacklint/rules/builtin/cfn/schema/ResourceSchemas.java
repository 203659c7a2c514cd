package io.stacklint.rules.builtin.cfn.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CloudFormation's resource provider schemas of the workflow resource types, as the registry publishes them
 * (copied unchanged into the jar, see {@code src/main/resources/io/stacklint/cfn/schemas}), each loaded on
 * first use by a template that declares the type.
 */
public final class ResourceSchemas {
    /** The types with a schema here, and the file that holds it. */
    public static final Map<String, String> FILES = Map.of(
            "AWS::StepFunctions::StateMachine", "aws-stepfunctions-statemachine.json",
            "AWS::StepFunctions::StateMachineVersion", "aws-stepfunctions-statemachineversion.json",
            "AWS::StepFunctions::StateMachineAlias", "aws-stepfunctions-statemachinealias.json",
            "AWS::StepFunctions::Activity", "aws-stepfunctions-activity.json");

    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    private ResourceSchemas() {
    }

    /** The schema of a type's Properties; null for a type without one. */
    public static JsonSchema of(String type) {
        String file = FILES.get(type);
        return file == null ? null : LOADED.computeIfAbsent(type, t -> load(file));
    }

    private static JsonSchema load(String file) {
        try (InputStream in = ResourceSchemas.class.getResourceAsStream("/io/stacklint/cfn/schemas/" + file)) {
            JsonNode tree = new ObjectMapper().readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + file, e);
        }
    }
}
