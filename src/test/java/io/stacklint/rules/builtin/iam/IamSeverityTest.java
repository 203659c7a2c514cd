package io.stacklint.rules.builtin.iam;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.testing.Cli;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where an IAM rule's finding is an error and where only a warning, through the CLI: an error only where IAM
 * rejects the policy or Access Analyzer calls it an error and the catalog can be sure.
 */
class IamSeverityTest {
    private static List<String> findings(String fixture, String id) {
        return Cli.run("--format", "text", "--no-config", fixture).out().lines().filter(l -> l.endsWith("[" + id + "]")).toList();
    }

    @Test
    void aTypoOfAKnownServiceOrPrefixIsAnErrorAPrefixNearNoServiceAWarning() {
        List<String> iam030 = findings("testdata/rules/IAM030/bad.yaml", "IAM030");
        assertThat(iam030).filteredOn(l -> l.contains("'ecs:StopTasks' in 'WorkerRole'")).singleElement().asString().contains(": error: ");
        assertThat(iam030).filteredOn(l -> l.contains("'lamda:InvokeFunction'")).singleElement().asString().contains(": error: ");
        assertThat(iam030).filteredOn(l -> l.contains("'specific:ObscureAction'")).singleElement().asString()
                .contains(": warning: ");
    }

    @Test
    void anElementTheGrammarDoesNotKnowIsAnErrorInATrustPolicyToo() {
        assertThat(findings("testdata/rules/IAM033/bad.yaml", "IAM033")).filteredOn(l -> l.contains("the element 'Path'"))
                .singleElement().asString().contains(": error: ");
    }
}
