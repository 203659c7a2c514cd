package io.stacklint.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds plugin jars during the test run, as a plugin author would: the sources of a directory compiled against
 * stacklint's own classes ({@code target/classes}), and the jar written with its {@code META-INF} files.
 */
public final class PluginJars {
    private PluginJars() {
    }

    /**
     * Compiles every {@code .java} file under {@code sources} and jars the classes (less those whose simple name is
     * in {@code leftOut}) with every other file under {@code sources} except the {@code src} folder.
     */
    public static Path build(Path sources, Path jar, Set<String> leftOut) throws IOException {
        Path classes = Files.createTempDirectory(jar.getParent(), "classes");
        List<String> javaFiles;
        try (Stream<Path> files = Files.walk(sources)) {
            javaFiles = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("the tests need a JDK (javax.tools has no system compiler)");
        }
        List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-classpath", Path.of("target/classes").toAbsolutePath().toString(),
                "-d", classes.toString()));
        args.addAll(javaFiles);
        java.io.ByteArrayOutputStream messages = new java.io.ByteArrayOutputStream();
        int code = compiler.run(null, messages, messages, args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException("plugin " + sources + " does not compile:\n" + messages.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            add(zip, classes, path -> leftOut.stream().noneMatch(name -> path.getFileName().toString().equals(name + ".class")));
            add(zip, sources, path -> !path.toString().endsWith(".java") && !path.startsWith(sources.resolve("src")));
        }
        return jar;
    }

    /** A plugin of one source file, written here; for the plugins that only differ in what they declare. */
    public static Path buildFromSource(String className, String source, Path jar) throws IOException {
        Path dir = Files.createTempDirectory(jar.getParent(), "src");
        Path file = dir.resolve("src").resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        Path services = dir.resolve("META-INF/services/io.stacklint.rules.api.RuleProvider");
        Files.createDirectories(services.getParent());
        Files.writeString(services, className + "\n");
        return build(dir, jar, Set.of());
    }

    private static void add(JarOutputStream zip, Path root, java.util.function.Predicate<Path> wanted) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(wanted).sorted().toList();
        }
        for (Path file : files) {
            zip.putNextEntry(new JarEntry(root.relativize(file).toString().replace('\\', '/')));
            zip.write(Files.readAllBytes(file));
            zip.closeEntry();
        }
    }
}
