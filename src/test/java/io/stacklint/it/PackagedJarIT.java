package io.stacklint.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.testing.PluginJars;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shaded jar as users run it: {@code java -jar target/stacklint.jar ...}, in a separate JVM. */
class PackagedJarIT {
    private static final Path JAR = Path.of("target/stacklint.jar");

    record Run(int exitCode, String out, String err) {
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        return javaWith(List.of(), args);
    }

    private static Run javaWith(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(jvmOptions);
        options.addAll(List.of("-jar", JAR.toString()));
        return javaRun(options, args);
    }

    /** {@code java OPTIONS ARGS}: the options say what runs ({@code -jar JAR}, or a class path and a main class). */
    private static Run javaRun(List<String> options, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /**
     * Files are linted as they are parsed and dropped: the whole corpus (1,884 files) fits a 64 MB heap, on two
     * threads, and reports what it reports with the default heap on one.
     */
    @Test
    void theWholeCorpusRunsInASixtyFourMegabyteHeap() throws Exception {
        Path corpus = Path.of("../shared/corpus");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpus), "../shared/corpus is absent: bounded-memory check skipped");
        Run small = javaWith(List.of("-Xmx64m"), "--no-config", "--fail-on", "none", "--jobs", "2", corpus.toString());
        assertThat(small.err()).doesNotContain("out of memory").doesNotContain("internal error");
        assertThat(small.exitCode()).isZero();
        Run roomy = java("--no-config", "--fail-on", "none", "--jobs", "1", corpus.toString());
        assertThat(small.out()).isEqualTo(roomy.out()).contains(" in 1884 files.");
    }

    @Test
    void jarLintsTheReadmeExampleWithPositionsAndExitOne() throws Exception {
        assertThat(JAR).exists();
        Run run = java("testdata/examples/order-workflow.yaml");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("testdata/examples/order-workflow.yaml:84:11: error: Task 'WaitForWarehouse' has no TimeoutSeconds");
        assertThat(run.err()).isEmpty();
    }

    /** Start-up is a feature: the IAM catalog is read for a template with policies, and never for a definition alone. */
    @Test
    void iamCatalogIsReadOnlyWhenAPolicyNeedsIt() throws Exception {
        String catalogReader = "io.stacklint.model.iam.CatalogReader ";
        Run definition = javaWith(List.of("-verbose:class"), "testdata/rules/ASL001/bad.asl.json");
        assertThat(definition.out()).contains("io.stacklint.model.SourceModel ").doesNotContain(catalogReader);
        Run template = javaWith(List.of("-verbose:class"), "testdata/rules/IAM030/bad.yaml");
        assertThat(template.out()).contains(catalogReader).contains("[IAM030]");
    }

    /**
     * A template with a state machine, a role and a function is checked against the resource schemas (CFN026) and
     * the ASL schema by {@code TreeSchema} on our own tree: neither the schema library nor Jackson's object mapper
     * is loaded for it (they stay for configuration and rule files).
     */
    @Test
    void aTemplateWithWorkflowResourcesLoadsNoSchemaLibraryNorDatabind() throws Exception {
        Run template = javaWith(List.of("-verbose:class"), "--no-config", "testdata/examples/order-workflow.yaml");
        assertThat(template.out()).contains("io.stacklint.rules.builtin.cfn.schema.ResourceSchemas ")
                .contains("io.stacklint.rules.builtin.asl.structure.AslSchema ").contains("error: ")
                .doesNotContain("com.networknt.").doesNotContain("com.fasterxml.jackson.databind.");
    }

    /**
     * Start-up is a feature: the commands are declared with picocli's programmatic API, because reading an annotation
     * by reflection makes a dynamic proxy class for its type, at every start. A lint run, --help and --version make none.
     */
    @Test
    void aLintRunHelpAndVersionMakeNoAnnotationProxies() throws Exception {
        Run lint = javaWith(List.of("-verbose:class"), "--no-config", "testdata/examples/order-workflow.yaml");
        assertThat(lint.out()).contains("io.stacklint.cli.LintCommand ").contains("error: ").doesNotContain("$Proxy");
        Run help = javaWith(List.of("-verbose:class"), "--help");
        assertThat(help.out()).contains("io.stacklint.cli.HelpCommand ").contains("Commands:").doesNotContain("$Proxy");
        Run version = javaWith(List.of("-verbose:class"), "--version");
        assertThat(version.out()).contains("stacklint ").doesNotContain("$Proxy").doesNotContain("io.stacklint.cli.LintCommand ");
        List<String> probe = List.of("-verbose:class", "-cp", JAR + java.io.File.pathSeparator + "target/test-classes", AnnotatedCommandProbe.class.getName());
        assertThat(javaRun(probe, "--version").out()).as("a command declared with annotations").contains("probe 1").contains("$Proxy");
    }

    /**
     * Start-up is a feature: the built-in declarative pack is listed from its generated index, and a rule is compiled
     * from the packed trees only when a file gives it a node. A template without a state machine, whose suppression
     * names a pack rule, compiles none; a JSON definition compiles the ASL rules and reads no YAML for them.
     */
    @Test
    void theBuiltinPackCompilesOnlyForFilesItSelectsAndNeverReadsYaml() throws Exception {
        String compiler = "io.stacklint.rules.yaml.RuleCompiler ";
        String trees = "io.stacklint.rules.yaml.PackedTrees ";
        String yamlScanner = "org.yaml.snakeyaml.scanner.ScannerImpl ";
        Run template = javaWith(List.of("-verbose:class"), "--no-config", "testdata/rules/CFN004/good.yaml");
        assertThat(template.out()).contains("io.stacklint.rules.yaml.BuiltinPackIndex ").contains("No problems found")
                .doesNotContain(compiler).doesNotContain(trees);
        Run definition = javaWith(List.of("-verbose:class"), "--no-config", "testdata/rules/ASL001/bad.asl.json");
        assertThat(definition.out()).contains(compiler).contains(trees).contains("[ASL001]").doesNotContain(yamlScanner);
        Run listing = javaWith(List.of("-verbose:class"), "rules");
        assertThat(listing.out()).contains("ASL001").contains("CFN010").doesNotContain(compiler).doesNotContain(trees);
    }

    /** The packaged jar's classes, with a record of the resources they read. */
    private static final class RecordingLoader extends java.net.URLClassLoader {
        final java.util.Set<String> read = java.util.concurrent.ConcurrentHashMap.newKeySet();

        RecordingLoader() throws IOException {
            super(new java.net.URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        }

        @Override
        public java.net.URL findResource(String name) {
            read.add(name);
            return super.findResource(name);
        }
    }

    /** The resources the packaged jar's CLI reads to lint the given files, run in this JVM with its own loader. */
    private static java.util.Set<String> resourcesRead(String... files) throws Exception {
        try (RecordingLoader loader = new RecordingLoader()) {
            List<String> args = new ArrayList<>(List.of("--no-config", "--jobs", "1", "--fail-on", "none"));
            args.addAll(List.of(files));
            java.io.StringWriter out = new java.io.StringWriter();
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                Object exit = loader.loadClass("io.stacklint.cli.Main")
                        .getMethod("run", String[].class, java.io.PrintWriter.class, java.io.PrintWriter.class, Path.class)
                        .invoke(null, args.toArray(String[]::new), new java.io.PrintWriter(out), new java.io.PrintWriter(out), Path.of("").toAbsolutePath());
                assertThat(exit).as(out.toString()).isEqualTo(0);
            } finally {
                thread.setContextClassLoader(previous);
            }
            return loader.read;
        }
    }

    /**
     * Start-up is a feature: a resource type's schema is read only for a template that declares the type, and a
     * definition alone reads none.
     */
    @Test
    void resourceSchemasAreReadPerTypeOnFirstUse() throws Exception {
        String schemas = "io/stacklint/cfn/schemas/";
        assertThat(resourcesRead("testdata/rules/ASL001/bad.asl.json")).noneMatch(name -> name.startsWith(schemas));
        java.util.Set<String> machines = resourcesRead("testdata/rules/CFN001/good.yaml");
        assertThat(machines).contains(schemas + "types.txt", schemas + "aws-stepfunctions-statemachine.json", schemas + "aws-iam-role.json")
                .doesNotContain(schemas + "aws-lambda-function.json", schemas + "aws-dynamodb-table.json");
        assertThat(resourcesRead("testdata/rules/CFN026/bad.yaml")).contains(schemas + "aws-lambda-function.json", schemas + "aws-dynamodb-table.json");
    }

    @Test
    void jarWritesSarifAndListsRules() throws Exception {
        Path report = Files.createTempFile("stacklint", ".sarif");
        Run run = java("--format", "sarif", "-o", report.toString(), "testdata/examples");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Files.readString(report)).contains("\"ruleId\" : \"ASL001\"");
        Run rules = java("rules");
        assertThat(rules.exitCode()).isZero();
        assertThat(rules.out()).contains("ASL001", "task-without-timeout");
        assertThat(java("--version").out()).startsWith("stacklint ");
    }

    @Test
    void jarExitCodesForUsageErrors() throws Exception {
        Run run = java("--fail-on", "nope", "testdata/examples");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--fail-on");
    }

    @Test
    void jarRunsAPluginBuiltAgainstItsApi() throws Exception {
        Path dir = Files.createTempDirectory("stacklint-plugin");
        Path plugin = PluginJars.build(Path.of("testdata/plugins/acme"), dir.resolve("acme.jar"), java.util.Set.of());
        Run run = java("--plugin", plugin.toString(), "--fail-on", "warning", "testdata/plugins/template.yaml");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("testdata/plugins/template.yaml:9:11: warning: Task 'Charge' has no Comment: say what it calls and what to do when it fails [ACME001]");
        Run rules = java("rules", "--plugin", plugin.toString());
        assertThat(rules.exitCode()).isZero();
        assertThat(rules.out()).contains("ACME001", "task-without-comment");
        Run clash = java("--plugin", plugin.toString(), "--plugin", plugin.getParent().resolve("missing.jar").toString(), "testdata/plugins/template.yaml");
        assertThat(clash.exitCode()).isEqualTo(2);
        assertThat(clash.err()).contains("missing.jar: no such file").doesNotContain("\tat ");
    }

    @Test
    void launcherGivesTheSameReportAndKeepsAClassArchive() throws Exception {
        // A jar without the build's archive beside it: the launcher records one of its own on the first run.
        Path cache = Files.createTempDirectory("stacklint-cache");
        Path jar = Files.copy(Path.of("target/stacklint.jar"), cache.resolve("copy.jar"));
        List<String> first = launcher(cache, jar, "--format", "sarif", "testdata/examples/order-workflow.yaml");
        List<String> second = launcher(cache, jar, "--format", "sarif", "testdata/examples/order-workflow.yaml");
        String direct = java("--format", "sarif", "testdata/examples/order-workflow.yaml").out();
        assertThat(String.join("\n", first) + "\n").isEqualTo(direct);
        assertThat(second).isEqualTo(first);
        try (var files = Files.list(cache.resolve("stacklint"))) {
            assertThat(files.map(f -> f.getFileName().toString())).singleElement().asString().endsWith(".jsa");
        }
    }

    @Test
    void launcherUsesTheArchiveTheBuildMade() throws Exception {
        assertThat(Path.of("target/stacklint.jsa")).as("the package phase makes a class-data archive").isRegularFile();
        Path cache = Files.createTempDirectory("stacklint-cache");
        List<String> report = launcher(cache, Path.of("target/stacklint.jar"), "--format", "sarif", "testdata/examples/order-workflow.yaml");
        assertThat(String.join("\n", report) + "\n").isEqualTo(java("--format", "sarif", "testdata/examples/order-workflow.yaml").out());
        assertThat(cache.resolve("stacklint")).as("no archive of its own while the build's fits").doesNotExist();
    }

    private static List<String> launcher(Path cache, Path jar, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bin/stacklint"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().put("STACKLINT_JAR", jar.toAbsolutePath().toString());
        builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        Process process = builder.start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        return lines;
    }
}
