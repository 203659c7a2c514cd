package io.stacklint.report;

import io.stacklint.rules.api.Finding;
import java.nio.file.Path;

/**
 * Where a finding's file is relative to the repository root ({@link LintReport#baseDirectory()}), whatever the
 * file was called on the command line: what SARIF URIs, fingerprints and baselines are keyed on. A file shown
 * absolute (named so on the command line) still gets its root-relative path when it is inside the root.
 */
final class RootPaths {
    private RootPaths() {
    }

    /** The root-relative path with '/' separators, or null when the file lies outside the root. */
    static String relative(Finding finding, Path root) {
        String shown = finding.file();
        Path base = root.toAbsolutePath().normalize();
        Path absolute = base.resolve(shown).normalize();
        if (!absolute.startsWith(base)) {
            return null;
        }
        return base.relativize(absolute).toString().replace('\\', '/');
    }

    /** The root-relative path, else the absolute one: a key that does not depend on the working directory. */
    static String key(Finding finding, Path root) {
        String relative = relative(finding, root);
        return relative != null ? relative : root.toAbsolutePath().normalize().resolve(finding.file()).normalize().toString().replace('\\', '/');
    }

    static Path absolute(Finding finding, Path root) {
        return root.toAbsolutePath().normalize().resolve(finding.file()).normalize();
    }
}
