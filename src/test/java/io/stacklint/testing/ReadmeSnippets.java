package io.stacklint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's snippets as the tests exercise them: the fenced block that follows a
 * {@code <!-- snippet: NAME -->} marker. A test that runs a snippet proves the README shows what works.
 */
public final class ReadmeSnippets {
    private static final Path README = Path.of("README.md");

    private ReadmeSnippets() {
    }

    public static String get(String name) {
        String text;
        try {
            text = Files.readString(README);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = Pattern.compile("<!-- snippet: " + Pattern.quote(name) + " -->\\s*\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL).matcher(text);
        if (!m.find()) {
            throw new AssertionError("README.md has no snippet '" + name + "' (a <!-- snippet: " + name + " --> line before a fenced block)");
        }
        return m.group(1);
    }
}
