package io.stacklint.report;

import java.net.URI;
import java.net.URISyntaxException;

/** Relative paths as URI references: spaces and other reserved characters percent-encoded, '/' kept. */
final class UriPaths {
    private UriPaths() {
    }

    static String encode(String relativePath) {
        try {
            return new URI(null, null, relativePath, null).toASCIIString();
        } catch (URISyntaxException e) {
            return relativePath;
        }
    }
}
