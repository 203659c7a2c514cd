package io.stacklint.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The committed IAM catalog resource is what the generator makes from the research tables; a stale copy
 * fails, and {@code -Dstacklint.updateGolden=true} rewrites it.
 */
class IamCatalogGeneratorTest {
    private static final boolean UPDATE = Boolean.getBoolean("stacklint.updateGolden");

    @Test
    void committedCatalogIsCurrent() throws IOException {
        if (!Files.isDirectory(IamCatalogGenerator.SOURCE)) {
            System.out.println("iam catalog: ../shared/research/iam-catalog is absent: staleness check skipped");
        }
        Assumptions.assumeTrue(Files.isDirectory(IamCatalogGenerator.SOURCE),
                "../shared/research/iam-catalog is absent: staleness check skipped");
        String generated = IamCatalogGenerator.generate(IamCatalogGenerator.SOURCE);
        if (UPDATE) {
            Files.createDirectories(IamCatalogGenerator.TARGET.getParent());
            Files.write(IamCatalogGenerator.TARGET, IamCatalogGenerator.gzip(generated));
        }
        assertThat(Files.exists(IamCatalogGenerator.TARGET)).as(IamCatalogGenerator.TARGET + " exists").isTrue();
        String committed;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(IamCatalogGenerator.TARGET))) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(committed).as("the IAM catalog resource is stale: run mvn test -Dtest=IamCatalogGeneratorTest -Dstacklint.updateGolden=true")
                .isEqualTo(generated);
    }
}
