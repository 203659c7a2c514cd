package io.stacklint.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The jar's forms of the built-in pack (its index as Java, its trees as JSON) are generated from {@code rules/}: a
 * copy that is stale against any rule file or the index fails the build, and {@code -Dstacklint.updateGolden=true}
 * rewrites them.
 */
class RulePackGeneratorTest {
    private static final boolean UPDATE = Boolean.getBoolean("stacklint.updateGolden");

    @Test
    void builtinPackFormsAreCurrent() throws IOException {
        RulePackGenerator.Generated generated = RulePackGenerator.generate(RulePackGenerator.RULES);
        if (UPDATE) {
            Files.writeString(RulePackGenerator.INDEX, generated.index());
            Files.writeString(RulePackGenerator.TREES, generated.trees());
        }
        String stale = " is stale: run mvn test -Dtest=RulePackGeneratorTest -Dstacklint.updateGolden=true";
        assertThat(RulePackGenerator.INDEX).as(RulePackGenerator.INDEX.getFileName() + stale).hasContent(generated.index());
        assertThat(RulePackGenerator.TREES).as(RulePackGenerator.TREES.getFileName() + stale).hasContent(generated.trees());
    }

    @Test
    void javaLiteralsEscapeWhatJavaSourceCannotHoldAsIs() {
        assertThat(RulePackGenerator.java("a \"b\" \\ c\n\u00e9")).isEqualTo("\"a \\\"b\\\" \\\\ c\\u000a\\u00e9\"");
    }
}
