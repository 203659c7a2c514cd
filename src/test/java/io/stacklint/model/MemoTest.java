package io.stacklint.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.parse.TreeParser;
import io.stacklint.source.SourceFile;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
    private static SourceModel model() {
        return SourceModels.of(TreeParser.parse(SourceFile.of("t.yaml", "Resources: {}\n")));
    }

    @Test
    void aKeyIsComputedOncePerModelAndNamesAloneDoNotShare() {
        Memo<String> first = Memo.named("x");
        Memo<String> second = Memo.named("x");
        AtomicInteger runs = new AtomicInteger();
        SourceModel model = model();
        assertThat(first.in(model, () -> "a" + runs.incrementAndGet())).isEqualTo("a1");
        assertThat(first.in(model, () -> "a" + runs.incrementAndGet())).isEqualTo("a1");
        assertThat(second.in(model, () -> "b" + runs.incrementAndGet())).isEqualTo("b2");
        assertThat(first.in(model(), () -> "c" + runs.incrementAndGet())).as("another file").isEqualTo("c3");
    }

    @Test
    void perInputKeysShareForEqualInputsOfTheSameKeyOnly() {
        Memo<String> needs = Memo.named("needs");
        Memo<String> other = Memo.named("needs");
        SourceModel model = model();
        assertThat(needs.per("Machine").in(model, () -> "A")).isEqualTo("A");
        assertThat(needs.per(new String("Machine")).in(model, () -> "again")).isEqualTo("A");
        assertThat(needs.per("Other").in(model, () -> "B")).isEqualTo("B");
        assertThat(other.per("Machine").in(model, () -> "C")).isEqualTo("C");
        assertThat(needs.in(model, () -> "D")).as("the key itself is not one of its inputs").isEqualTo("D");
    }
}
