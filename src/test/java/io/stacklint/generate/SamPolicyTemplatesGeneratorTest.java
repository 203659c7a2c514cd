package io.stacklint.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The shipped SAM policy templates are what the generator makes of the research table. */
class SamPolicyTemplatesGeneratorTest {
    private static final boolean UPDATE = Boolean.getBoolean("stacklint.updateGolden");

    @Test
    void shippedResourceIsUpToDate() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SamPolicyTemplatesGenerator.SOURCE),
                "../shared/research/sam-policy-templates.tsv is absent: staleness check skipped");
        String generated = SamPolicyTemplatesGenerator.generate(SamPolicyTemplatesGenerator.SOURCE);
        if (UPDATE) {
            Files.writeString(SamPolicyTemplatesGenerator.TARGET, generated);
        }
        assertThat(SamPolicyTemplatesGenerator.TARGET)
                .as("%s is stale: run mvn -q test -Dtest=SamPolicyTemplatesGeneratorTest -Dstacklint.updateGolden=true",
                        SamPolicyTemplatesGenerator.TARGET)
                .hasContent(generated);
    }
}
