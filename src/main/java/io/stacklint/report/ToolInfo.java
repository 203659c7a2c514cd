package io.stacklint.report;

import io.stacklint.rules.api.Rule;
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

    /** The rule's own help address, else stacklint's reference for the rules it ships, else null (a plugin's or a user pack's rule). */
    public static String helpUri(Rule rule) {
        if (rule.helpUri() != null) {
            return rule.helpUri();
        }
        if (rule instanceof io.stacklint.rules.yaml.YamlRule yaml && !yaml.isBuiltin()) {
            return null;
        }
        // A plugin's classes come from its own class loader; stacklint's reference does not describe them.
        return rule.getClass().getClassLoader() == ToolInfo.class.getClassLoader() ? helpUri(rule.meta().id()) : null;
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
