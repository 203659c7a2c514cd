package io.stacklint.model.iam;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SAM's policy templates and the statements each expands to, loaded on first use from
 * {@code io/stacklint/iam/sam-policy-templates.tsv} (generated from the research table by
 * {@code SamPolicyTemplatesGenerator}; the facts are SAM's {@code policy_templates.json}). A resource is written in
 * {@code Fn::Sub} syntax with the template's parameters as {@code ${Name}}.
 */
public final class SamPolicyTemplates {
    /** One statement of a template. */
    public record Statement(boolean allow, List<String> actions, List<String> resources, boolean conditional) {
    }

    /** A template: its parameters and statements. */
    public record PolicyTemplate(String name, List<String> parameters, List<Statement> statements) {
    }

    private static final String RESOURCE = "/io/stacklint/iam/sam-policy-templates.tsv";

    private static final class Holder {
        static final Map<String, PolicyTemplate> TEMPLATES = load();
    }

    private SamPolicyTemplates() {
    }

    /** The template of this name (as SAM spells it), or null. */
    public static PolicyTemplate get(String name) {
        return name == null ? null : Holder.TEMPLATES.get(name);
    }

    public static List<String> names() {
        return List.copyOf(Holder.TEMPLATES.keySet());
    }

    /** The resource with the template's {@code ${Parameter}}s replaced; null when an argument is not known. */
    public static String expand(String resource, Map<String, String> arguments) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < resource.length()) {
            int open = resource.indexOf("${", i);
            int close = open < 0 ? -1 : resource.indexOf('}', open);
            if (open < 0 || close < 0) {
                out.append(resource, i, resource.length());
                break;
            }
            out.append(resource, i, open);
            String name = resource.substring(open + 2, close);
            if (name.startsWith("AWS::") || name.startsWith("!")) {
                out.append(resource, open, close + 1);
            } else {
                String value = arguments.get(name);
                if (value == null) {
                    return null;
                }
                out.append(value);
            }
            i = close + 1;
        }
        return out.toString();
    }

    private static Map<String, PolicyTemplate> load() {
        Map<String, List<Statement>> statements = new LinkedHashMap<>();
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        try (InputStream in = SamPolicyTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                parameters.put(cells[0], split(cells[1]));
                statements.computeIfAbsent(cells[0], k -> new ArrayList<>())
                        .add(new Statement("Allow".equals(cells[2]), split(cells[3]), split(cells[4]), "1".equals(cells[5])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, PolicyTemplate> out = new LinkedHashMap<>();
        statements.forEach((name, list) -> out.put(name, new PolicyTemplate(name, parameters.get(name), List.copyOf(list))));
        return out;
    }

    private static List<String> split(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split(","));
    }
}
