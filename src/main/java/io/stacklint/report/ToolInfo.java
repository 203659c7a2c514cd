package io.stacklint.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's name, version and home, as reports and {@code --version} show them. */
public final class ToolInfo {
    public static final String NAME = "stacklint";
    public static final String INFORMATION_URI = "https://github.com/stacklint/stacklint";
    private static final String VERSION = readVersion();

    private ToolInfo() {
    }

    public static String version() {
        return VERSION;
    }

    /** Where a rule's help page is published: the rule docs in the repository. */
    public static String helpUri(String ruleId) {
        return INFORMATION_URI + "/blob/main/docs/rules.md#" + ruleId.toLowerCase(java.util.Locale.ROOT);
    }

    private static String readVersion() {
        try (InputStream in = ToolInfo.class.getResourceAsStream("/io/stacklint/version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
