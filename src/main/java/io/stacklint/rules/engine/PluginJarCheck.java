package io.stacklint.rules.engine;

import io.stacklint.rules.api.RuleProvider;
import io.stacklint.source.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;

/** Whether a file given as a plugin is one: it exists, is a readable jar, and names at least one provider. */
final class PluginJarCheck {
    static final String SERVICE_FILE = "META-INF/services/" + RuleProvider.class.getName();

    private PluginJarCheck() {
    }

    /** What is wrong with the jar; null when it can be loaded. */
    static Problem problem(PluginLoader.PluginJar jar) {
        String problem = fileProblem(jar);
        return problem == null ? null : jar.problem(problem);
    }

    private static String fileProblem(PluginLoader.PluginJar jar) {
        if (!Files.exists(jar.path())) {
            return "no such file";
        }
        if (Files.isDirectory(jar.path())) {
            return "is a directory, not a jar file";
        }
        try (JarFile file = new JarFile(jar.path().toFile())) {
            ZipEntry services = file.getEntry(SERVICE_FILE);
            if (services == null) {
                return "declares no rule provider (the jar has no " + SERVICE_FILE + ")";
            }
            try (InputStream in = file.getInputStream(services)) {
                boolean namesAClass = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .map(line -> line.replaceFirst("#.*", "").trim()).anyMatch(line -> !line.isEmpty());
                return namesAClass ? null : "declares no rule provider (" + SERVICE_FILE + " names no class)";
            }
        } catch (ZipException e) {
            return "is not a jar file (" + e.getMessage() + ")";
        } catch (IOException | SecurityException e) {
            return "cannot be read: " + e.getMessage();
        }
    }
}
