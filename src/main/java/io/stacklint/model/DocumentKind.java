package io.stacklint.model;

import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import java.util.Locale;

/** What a parsed file is to stacklint. */
public enum DocumentKind {
    TEMPLATE, STATE_MACHINE_DEFINITION, OTHER;

    private static final String[] ASL_SUFFIXES = {".asl.json", ".asl.yaml", ".asl.yml", ".asl"};

    /**
     * A template has a {@code Resources} mapping (or, still being written, only {@code AWSTemplateFormatVersion});
     * a definition has {@code StartAt} and {@code States}. {@code Resources} that is not a mapping makes neither.
     */
    public static DocumentKind classify(String fileName, Node root) {
        MapNode map = root == null ? null : root.asMap();
        boolean resourcesMap = map != null && map.get("Resources") instanceof MapNode;
        boolean versionOnly = map != null && map.has("AWSTemplateFormatVersion") && !map.has("Resources");
        if (resourcesMap || versionOnly) {
            return TEMPLATE;
        }
        if (map != null && map.has("StartAt") && map.has("States")) {
            return STATE_MACHINE_DEFINITION;
        }
        return map != null && hasAslName(fileName) ? STATE_MACHINE_DEFINITION : OTHER;
    }

    public static boolean hasAslName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String suffix : ASL_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
