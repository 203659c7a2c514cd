package io.stacklint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.rules.builtin.BuiltinRules;
import io.stacklint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/rules.md and the README's rule table are generated from rule metadata; stale copies fail the build. */
class RuleReferenceTest {
    private static final boolean UPDATE = Boolean.getBoolean("stacklint.updateGolden");
    private static final Path REFERENCE = Path.of("docs/rules.md");
    private static final Path README = Path.of("README.md");
    private static final Pattern TABLE = Pattern.compile("(<!-- rules:start[^>]*-->\\n)(.*?)(<!-- rules:end -->)", Pattern.DOTALL);

    @Test
    void ruleReferenceIsCurrent() throws IOException {
        String generated = Cli.run("rules", "--format", "markdown").out();
        assertThat(generated).isEqualTo(RuleCatalog.markdown(BuiltinRules.all()));
        if (UPDATE) {
            Files.createDirectories(REFERENCE.getParent());
            Files.writeString(REFERENCE, generated);
        }
        assertThat(REFERENCE).as("docs/rules.md is stale: run mvn test -Dstacklint.updateGolden=true").hasContent(generated);
    }

    @Test
    void readmeRuleTableIsCurrent() throws IOException {
        String readme = Files.readString(README);
        Matcher m = TABLE.matcher(readme);
        assertThat(m.find()).as("README.md has a rules:start/rules:end block").isTrue();
        String table = RuleCatalog.table(BuiltinRules.all());
        if (UPDATE) {
            readme = readme.substring(0, m.start(2)) + table + readme.substring(m.end(2));
            Files.writeString(README, readme);
            m = TABLE.matcher(readme);
            m.find();
        }
        assertThat(m.group(2)).as("README rule table is stale: run mvn test -Dstacklint.updateGolden=true").isEqualTo(table);
    }
}
