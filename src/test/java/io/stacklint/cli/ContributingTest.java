package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.generate.NewRule;
import io.stacklint.testing.Cli;
import io.stacklint.testing.Trees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CONTRIBUTING.md does not lie: the tests it names exist (and regenerate what it says they regenerate), the files
 * and folders it names are there, its {@code bin/new-rule} and {@code stacklint} commands run as it says.
 */
class ContributingTest {
    private static final Path PAGE = Path.of("CONTRIBUTING.md");
    private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern DTEST = Pattern.compile("-Dtest=('[^']+'|\\S+)");
    private static final Pattern TEST_NAME = Pattern.compile("`([A-Z][A-Za-z]+Test)`");
    private static final Pattern REPO_PATH = Pattern.compile("`((?:src|rules|testdata|bin|bench|docs)/[^`\\s]*)`");

    private static String page() throws IOException {
        return Files.readString(PAGE);
    }

    /** The command lines of the page's sh blocks, without their comments. */
    private static List<String> commands() throws IOException {
        List<String> out = new ArrayList<>();
        Matcher block = SH_BLOCK.matcher(page());
        while (block.find()) {
            for (String line : block.group(1).split("\n")) {
                String command = line.replaceAll("\\s+#\\s.*$", "").strip();
                if (!command.isEmpty()) {
                    out.add(command);
                }
            }
        }
        return out;
    }

    @Test
    void everyTestItNamesExists() throws IOException {
        List<String> named = new ArrayList<>();
        for (String command : commands()) {
            Matcher m = DTEST.matcher(command);
            while (m.find()) {
                Arrays.stream(m.group(1).replace("'", "").split(",")).map(String::strip).forEach(named::add);
            }
            if (command.contains("-Dstacklint.updateGolden=true")) {
                Matcher test = DTEST.matcher(command);
                assertThat(test.find()).isTrue();
                assertThat(Files.readString(testSource(test.group(1)))).as("%s regenerates with -Dstacklint.updateGolden", test.group(1))
                        .contains("stacklint.updateGolden");
            }
        }
        Matcher m = TEST_NAME.matcher(page());
        while (m.find()) {
            named.add(m.group(1));
        }
        assertThat(named).hasSizeGreaterThan(8);
        for (String test : named) {
            assertThat(testSource(test)).as("the test %s that CONTRIBUTING.md names", test).isRegularFile();
        }
    }

    @Test
    void everyFileAndFolderItNamesExists() throws IOException {
        Matcher m = REPO_PATH.matcher(page());
        int checked = 0;
        while (m.find()) {
            String path = m.group(1);
            // A placeholder (<ID>, <area>) stands for any rule: the folder before it must exist.
            int placeholder = path.indexOf('<');
            Path existing = Path.of(placeholder < 0 ? path : path.substring(0, path.lastIndexOf('/', placeholder) + 1));
            assertThat(existing).as("%s, named in CONTRIBUTING.md", path).exists();
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void itsScaffoldCommandsWriteWhatItsTableSays(@TempDir Path repo) throws IOException {
        for (String dir : List.of(NewRule.BUILTIN, "rules")) {
            Trees.copy(Path.of(dir), repo.resolve(dir));
        }
        List<String> scaffolds = commands().stream().filter(c -> c.startsWith("bin/new-rule ")).toList();
        assertThat(scaffolds).hasSize(2);
        for (String command : scaffolds) {
            List<String> args = words(command.substring("bin/new-rule ".length()));
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = NewRule.run(repo, args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(code).as(command + ": " + err.toString(StandardCharsets.UTF_8)).isZero();
            String id = args.get(1);
            String area = id.replaceAll("[0-9]+$", "").toLowerCase(java.util.Locale.ROOT);
            Path rule = args.get(0).equals("java")
                    ? repo.resolve(NewRule.BUILTIN).resolve(area).resolve(NewRule.className(args.get(2)) + ".java")
                    : repo.resolve("rules").resolve(area).resolve(id + "-" + args.get(2) + ".yaml");
            assertThat(rule).as(command).isRegularFile();
            assertThat(repo.resolve(NewRule.DOCS).resolve(id + ".md")).isRegularFile();
            assertThat(repo.resolve("testdata/rules").resolve(id).resolve("bad.yaml")).isRegularFile();
            assertThat(repo.resolve("testdata/rules").resolve(id).resolve("good.yaml")).isRegularFile();
        }
    }

    @Test
    void itsStacklintCommandsRun() throws IOException {
        for (String command : commands()) {
            if (command.startsWith("java -jar target/stacklint.jar ")) {
                List<String> args = words(command.substring("java -jar target/stacklint.jar ".length()));
                if (!Files.exists(Path.of(args.get(args.size() - 1)))) {
                    System.out.println("contributing: " + args.get(args.size() - 1) + " is absent: '" + command + "' not run");
                    continue;
                }
                Cli.Result result = Cli.run(args.toArray(String[]::new));
                assertThat(result.exitCode()).as(command + "\n" + result.err()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
            }
        }
        Matcher inline = Pattern.compile("`stacklint (test-rules [^`]+)`").matcher(page());
        assertThat(inline.find()).isTrue();
        Cli.Result tested = Cli.run(words(inline.group(1)).toArray(String[]::new));
        assertThat(tested.exitCode()).as(tested.out() + tested.err()).isEqualTo(ExitCodes.OK);
    }

    private static Path testSource(String simpleName) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            return files.filter(f -> f.getFileName().toString().equals(simpleName + ".java")).findFirst().orElse(Path.of("src/test/java", simpleName + ".java"));
        }
    }

    /** A command line's words, as sh splits them: quotes group and are removed. */
    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(line);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return out;
    }
}
