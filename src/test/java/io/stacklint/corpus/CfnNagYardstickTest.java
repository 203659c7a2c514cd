package io.stacklint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stacklint.testing.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The cfn_nag yardstick of the IAM rules: for each of cfn_nag's IAM and resource-policy rule families, which of its
 * failing fixtures stacklint flags for the same reason (a finding of the family's stacklint rules on the offending
 * resource), as {@code cfn-nag-yardstick.tsv} records with the reason for each miss; and no IAM error on a template
 * cfn_nag passes, except the true errors the table names. Prints the counts per family for the closing note.
 */
class CfnNagYardstickTest {
    private static final Path TEMPLATES = CorpusTest.CORPUS.resolve("cfn_nag/spec/test_templates");

    /** The stacklint rules whose finding is "the same reason" as each family of cfn_nag rules. */
    private static final Map<String, Set<String>> FAMILY_RULES = Map.ofEntries(
            Map.entry("wildcard-action", Set.of("IAM001", "IAM004")),
            Map.entry("wildcard-resource", Set.of("IAM002")),
            // Action '*' on Resource '*' is IAM001's finding, which IAM003 does not repeat for iam:PassRole.
            Map.entry("passrole-wildcard", Set.of("IAM003", "IAM001")),
            Map.entry("notaction", Set.of("IAM005", "IAM035")),
            Map.entry("notresource", Set.of("IAM032")),
            Map.entry("trust-wildcard-action", Set.of("IAM001", "IAM036")),
            Map.entry("trust-negation", Set.of("IAM035")),
            Map.entry("wildcard-principal", Set.of("IAM038", "IAM034")),
            Map.entry("notprincipal", Set.of("IAM035")),
            Map.entry("resource-policy-wildcard-action", Set.of("IAM039")),
            Map.entry("admin-managed-policy", Set.of("IAM042")),
            Map.entry("lambda-permission-action", Set.of()));

    private record Row(String cfnNagRule, String family, String template, String logicalId, String verdict) {
    }

    private record Finding(String template, String logicalId, String ruleId, String severity, String message) {
    }

    @Test
    void stacklintFlagsWhatTheTableSaysAndNoPassingFixtureGetsAnUnexplainedError() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(TEMPLATES), "../shared/corpus/cfn_nag is absent: cfn_nag yardstick skipped");
        List<Row> rows = rows();
        List<Finding> findings = lint();

        Map<String, int[]> perFamily = new LinkedHashMap<>();
        List<String> disagreements = new ArrayList<>();
        Set<String> failing = new HashSet<>();
        Set<String> trueErrors = new HashSet<>();
        for (Row row : rows) {
            if (row.family().equals("true-error")) {
                trueErrors.add(row.template() + " " + row.logicalId());
                continue;
            }
            if (row.logicalId().equals("-")) {
                findings.stream().filter(f -> f.template().equals(row.template()) && f.ruleId().startsWith("IAM") && f.severity().equals("error"))
                        .forEach(f -> disagreements.add(row.template() + ": passes " + row.cfnNagRule() + " but gets " + f.ruleId() + " " + f.message()));
                continue;
            }
            failing.add(row.template());
            Set<String> rules = FAMILY_RULES.get(row.family());
            boolean flagged = findings.stream().anyMatch(f -> f.template().equals(row.template()) && row.logicalId().equals(f.logicalId())
                    && rules.contains(f.ruleId()));
            int[] counts = perFamily.computeIfAbsent(row.family(), k -> new int[2]);
            counts[0] += flagged ? 1 : 0;
            counts[1]++;
            if (flagged != row.verdict().equals("flags")) {
                disagreements.add(row.template() + " " + row.logicalId() + ": the table says '" + row.verdict() + "', stacklint "
                        + (flagged ? "flags it" : "does not flag it"));
            }
            if (!flagged) {
                System.out.println("cfn_nag yardstick: " + row.family() + " miss " + row.template() + " " + row.logicalId() + ": " + row.verdict());
            }
        }
        for (Finding f : findings) {
            boolean sameReason = FAMILY_RULES.values().stream().anyMatch(r -> r.contains(f.ruleId()));
            if (f.ruleId().startsWith("IAM") && f.severity().equals("error") && !failing.contains(f.template()) && !sameReason
                    && !trueErrors.contains(f.template() + " " + f.ruleId())) {
                disagreements.add(f.template() + ": cfn_nag passes it, but stacklint reports " + f.ruleId() + " " + f.message());
            }
        }
        perFamily.forEach((family, c) -> System.out.println("cfn_nag yardstick: " + family + " " + c[0] + "/" + c[1] + " failing fixtures flagged"));
        assertThat(disagreements).isEmpty();
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = CfnNagYardstickTest.class.getResourceAsStream("cfn-nag-yardstick.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                rows.add(new Row(cells[0], cells[1], cells[2], cells[3], cells[4]));
            }
        }
        return rows;
    }

    /** Every finding stacklint reports over cfn_nag's templates, with the template (under test_templates) and resource. */
    private static List<Finding> lint() throws IOException {
        Cli.Result result = Cli.run("--no-config", "--format", "json", TEMPLATES.toString());
        JsonNode report = new ObjectMapper().readTree(result.out());
        List<Finding> out = new ArrayList<>();
        Map<String, String> templates = new HashMap<>();
        for (JsonNode f : report) {
            String file = f.path("file").asText();
            String template = templates.computeIfAbsent(file, k -> k.substring(k.indexOf("test_templates/") + "test_templates/".length()));
            String path = f.path("path").asText("");
            String[] parts = path.split("/");
            String logicalId = parts.length > 1 && parts[0].equals("Resources") ? parts[1] : null;
            out.add(new Finding(template, logicalId, f.path("ruleId").asText(), f.path("severity").asText(), f.path("message").asText()));
        }
        return out;
    }
}
