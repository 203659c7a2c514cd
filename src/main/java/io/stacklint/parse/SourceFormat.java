package io.stacklint.parse;

import io.stacklint.source.SourceFile;
import java.util.Locale;

/** Which syntax a file is written in: decided by its extension, or by its first character when that says nothing. */
public enum SourceFormat {
    JSON, YAML;

    public static SourceFormat of(SourceFile file) {
        String name = file.path().getFileName() == null ? "" : file.path().getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".asl")) {
            return JSON;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        String text = file.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{' || c == '[' ? JSON : YAML;
            }
        }
        return YAML;
    }
}
