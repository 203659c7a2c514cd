package io.stacklint.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.parse.TreeParser;
import io.stacklint.source.SourceFile;
import io.stacklint.tree.Node;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Deployment variants: one limit for every caller, and what a finding found in some of them says. */
class DeploymentVariantTest {
    private static Node conditions(int count) {
        String values = IntStream.range(0, count).mapToObj(i -> "  - !If [C" + i + ", a, b]\n").reduce("", String::concat);
        return TreeParser.parse(SourceFile.of("t.yaml", "Values:\n" + values)).root();
    }

    @Test
    void everyCombinationUpToTheLimitThenAllTrueAndAllFalse() {
        assertThat(DeploymentVariant.of(conditions(0))).containsExactly(DeploymentVariant.ANY);
        assertThat(DeploymentVariant.of(conditions(DeploymentVariant.MAX_CONDITIONS))).hasSize(1 << DeploymentVariant.MAX_CONDITIONS);
        List<DeploymentVariant> beyond = DeploymentVariant.of(conditions(DeploymentVariant.MAX_CONDITIONS + 1));
        assertThat(beyond).hasSize(2);
        assertThat(beyond.get(0).choice().values()).containsOnly(true);
        assertThat(beyond.get(1).choice().values()).containsOnly(false);
    }

    @Test
    void refiningKeepsWhatIsChosenAndCountsItAgainstTheLimit() {
        DeploymentVariant chosen = new DeploymentVariant(Map.of("C0", false));
        List<DeploymentVariant> refined = chosen.refine(conditions(2));
        assertThat(refined).hasSize(2).allSatisfy(v -> assertThat(v.choice()).containsEntry("C0", false).containsKey("C1"));
        DeploymentVariant many = new DeploymentVariant(Map.of("X0", true, "X1", true, "X2", true, "X3", true, "X4", true));
        assertThat(many.refine(conditions(2))).hasSize(2);
    }

    @Test
    void aFindingSaysTheChoicesItsVariantsShare() {
        DeploymentVariant prodQueue = new DeploymentVariant(Map.of("IsProd", true, "UseQueue", true));
        DeploymentVariant prodTopic = new DeploymentVariant(Map.of("IsProd", true, "UseQueue", false));
        DeploymentVariant devQueue = new DeploymentVariant(Map.of("IsProd", false, "UseQueue", true));
        DeploymentVariant devTopic = new DeploymentVariant(Map.of("IsProd", false, "UseQueue", false));
        assertThat(DeploymentVariant.describe(List.of(prodQueue, prodTopic))).isEqualTo(" (when IsProd is true)");
        assertThat(DeploymentVariant.describe(List.of(devTopic))).isEqualTo(" (when IsProd and UseQueue are false)");
        assertThat(DeploymentVariant.describe(List.of(devQueue))).isEqualTo(" (when UseQueue is true and IsProd is false)");
        assertThat(DeploymentVariant.describe(List.of(prodQueue, prodTopic, devQueue, devTopic))).isEmpty();
        assertThat(DeploymentVariant.describe(List.of(prodQueue, DeploymentVariant.ANY))).isEmpty();
    }
}
