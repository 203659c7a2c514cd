package io.stacklint.model.iam;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.asl.IntegrationGrant;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every action the integration catalog grants is an action of the IAM service reference, so needs never name a typo. */
class IntegrationActionsTest {
    @Test
    void everyGrantedActionIsInTheIamReference() throws IOException {
        String tsv;
        try (InputStream in = IntegrationGrant.class.getResourceAsStream("/io/stacklint/asl/integrations.tsv")) {
            tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> unknown = new TreeSet<>();
        for (String line : tsv.split("\n")) {
            String[] cols = line.split("\t");
            String grants = line.startsWith("task\t") ? cols[5] : line.startsWith("sdk-task\t") ? cols[4]
                    : line.startsWith("config\t") ? cols[3] : line.startsWith("sdk-action\t") ? cols[3] + "=?" : "-";
            if (grants.equals("?") || grants.equals("-")) {
                continue;
            }
            for (String grant : grants.split(";")) {
                String action = IntegrationGrant.parse(grant).action();
                if (ActionCatalog.get().canonical(action).isEmpty()) {
                    unknown.add(action);
                }
            }
        }
        assertThat(unknown).isEmpty();
    }
}
