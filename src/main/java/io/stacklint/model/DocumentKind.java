package io.stacklint.model;

import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import java.util.Locale;

/** What a parsed file is to stacklint. */
public enum DocumentKind {
    TEMPLATE, STATE_MACHINE_DEFINITION, OTHER;

    private static final String[] ASL_SUFFIXES = {".asl.json", ".asl.yaml", ".asl.yml"};

    /** A template has {@code Resources} or {@code AWSTemplateFormatVersion}; a definition has {@code StartAt} and {@code States}. */
    public static DocumentKind classify(String fileName, Node root) {
        MapNode map = root == null ? null : root.asMap();
        if (map != null && (map.has("AWSTemplateFormatVersion") || map.get("Resources") instanceof MapNode)) {
            return TEMPLATE;
        }
        if (map != null && map.has("StartAt") && map.has("States")) {
            return STATE_MACHINE_DEFINITION;
        }
        return hasAslName(fileName) ? STATE_MACHINE_DEFINITION : OTHER;
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
