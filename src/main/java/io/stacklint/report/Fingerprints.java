package io.stacklint.report;

import io.stacklint.rules.api.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Fingerprints that identify a finding across runs: rule, file, structural path, and the text the finding
 * covers, never its line number; a counter tells apart findings that share all of those.
 */
final class Fingerprints {
    private final Map<String, Integer> seen = new HashMap<>();

    String next(Finding finding) {
        String covered = finding.span().text().strip();
        int newline = covered.indexOf('\n');
        String firstLine = newline < 0 ? covered : covered.substring(0, newline);
        String key = finding.rule().id() + "\u0000" + finding.file() + "\u0000" + finding.path() + "\u0000" + firstLine;
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
