package io.stacklint.rules.builtin.cfn.schema;

import io.stacklint.parse.ResourceJson;
import io.stacklint.tree.schema.TreeSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CloudFormation's resource provider schemas of the workflow resource types, reduced to what validates a
 * template's Properties (generated into the jar from AWS's schemas, see
 * {@code src/main/resources/io/stacklint/cfn/schemas/SOURCES.md}). The list of types is read once; each type's
 * schema is read on first use by a template that declares the type, and never otherwise.
 */
public final class ResourceSchemas {
    private static final String DIR = "/io/stacklint/cfn/schemas/";
    /** The types with a schema here, and the file that holds it. */
    public static final Map<String, String> FILES = index();

    private static final Map<String, TreeSchema> LOADED = new ConcurrentHashMap<>();

    private ResourceSchemas() {
    }

    /** The schema of a type's Properties; null for a type without one. */
    public static TreeSchema of(String type) {
        String file = FILES.get(type);
        return file == null ? null : LOADED.computeIfAbsent(type, t -> load(file));
    }

    private static Map<String, String> index() {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = ResourceSchemas.class.getResourceAsStream(DIR + "types.txt");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.trim().split(" ");
                    out.put(cells[0], cells[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema index", e);
        }
        return Map.copyOf(out);
    }

    /** Read into our tree and validated by {@link TreeSchema} on it: no schema library, no object mapper. */
    private static TreeSchema load(String file) {
        return TreeSchema.compile(ResourceJson.read(DIR + file));
    }
}
