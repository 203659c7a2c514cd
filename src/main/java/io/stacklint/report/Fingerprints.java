package io.stacklint.report;

import io.stacklint.rules.api.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;

/**
 * Fingerprints that identify a finding across runs: rule, file, structural path, and the text the finding
 * covers, never its line number; a counter tells apart findings that share all of those.
 */
final class Fingerprints {
    private final Map<String, Integer> seen = new HashMap<>();
    private final Path root;

    /** Files are keyed by their path relative to {@code root}, so the run's working directory does not matter. */
    Fingerprints(Path root) {
        this.root = root;
    }

    /** The fingerprint of each finding, in the order given (the counter depends on it). */
    static Map<Finding, String> of(List<Finding> findings, Path root) {
        Fingerprints fingerprints = new Fingerprints(root);
        Map<Finding, String> out = new IdentityHashMap<>();
        findings.forEach(f -> out.put(f, fingerprints.next(f)));
        return out;
    }

    String next(Finding finding) {
        String covered = finding.span().text().strip();
        int newline = covered.indexOf('\n');
        String firstLine = newline < 0 ? covered : covered.substring(0, newline);
        String key = finding.rule().id() + "\u0000" + RootPaths.key(finding, root) + "\u0000" + finding.path() + "\u0000" + firstLine;
        String hash = sha256(key).substring(0, 16);
        int occurrence = seen.merge(hash, 1, Integer::sum);
        return hash + ":" + occurrence;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
