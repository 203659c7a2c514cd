package io.stacklint.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run by the build before any test and before packaging (pom.xml, execution {@code built-in-pack-current}): the
 * jar reads the built-in pack from the generated {@code BuiltinPackIndex.java} and {@code builtin-pack.json}, not
 * from {@code rules/}, so an edited rule file that was not regenerated would ship, and be tested, as it was before.
 * Fails the build with the command that regenerates them; with {@code --update=true} (the build passes it when
 * {@code -Dstacklint.updateGolden=true}) it steps aside for {@code RulePackGeneratorTest}, which rewrites them.
 */
public final class RulePackCheck {
    private RulePackCheck() {
    }

    public static void main(String[] args) throws IOException {
        if (List.of(args).contains("--update=true")) {
            return;
        }
        List<Path> stale = stale(RulePackGenerator.generate(RulePackGenerator.RULES));
        if (!stale.isEmpty()) {
            System.err.println("stacklint build: " + stale + " " + (stale.size() == 1 ? "is" : "are") + " older than rules/ (the jar reads"
                    + " the built-in pack from them): regenerate with mvn -q -o test -Dtest=RulePackGeneratorTest -Dstacklint.updateGolden=true");
            System.exit(1);
        }
    }

    /** The generated files whose content is not what {@code generated} says. */
    static List<Path> stale(RulePackGenerator.Generated generated) throws IOException {
        List<Path> stale = new ArrayList<>();
        if (!contentIs(RulePackGenerator.INDEX, generated.index())) {
            stale.add(RulePackGenerator.INDEX);
        }
        if (!contentIs(RulePackGenerator.TREES, generated.trees())) {
            stale.add(RulePackGenerator.TREES);
        }
        return stale;
    }

    private static boolean contentIs(Path file, String content) throws IOException {
        return Files.isRegularFile(file) && Files.readString(file).equals(content);
    }
}
