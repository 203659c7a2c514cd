package io.stacklint.parse;

import io.stacklint.tree.Intrinsics;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which YAML tags CloudFormation reads. It reads YAML 1.1 except the binary, omap, pairs, set and timestamp
 * tags, plus the short forms of its own functions; a standard tag whose value is not of its type (such as
 * {@code !!int zzz}) is no value at all, and a tag it does not know (a typo, {@code !!python/object}) stops it.
 */
final class YamlTags {
    private static final String STANDARD = "tag:yaml.org,2002:";
    /** Documented as not supported: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html */
    private static final Set<String> UNSUPPORTED = Set.of("binary", "omap", "pairs", "set", "timestamp");
    private static final Set<String> SCALAR_TYPES = Set.of("str", "int", "float", "bool", "null");
    private static final Set<String> COLLECTION_TYPES = Set.of("seq", "map");
    private static final Pattern INT = Pattern.compile("[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]*|[1-9][0-9_]*(:[0-5]?[0-9])*)");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(([0-9][0-9_]*)?\\.?[0-9_]*([eE][-+]?[0-9]+)?|[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*"
            + "|\\.(inf|Inf|INF))|\\.(nan|NaN|NAN)");
    private static final Pattern BOOL = Pattern.compile("y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");

    private YamlTags() {
    }

    /** How a tag is written: {@code !!int} for the standard ones, as it is for the others. */
    static String shown(String tag) {
        return tag.startsWith(STANDARD) ? "!!" + tag.substring(STANDARD.length()) : tag;
    }

    /**
     * What is wrong with {@code tag} on a value, or null when CloudFormation reads it; {@code scalar} is the
     * scalar's text, or null for a mapping or a sequence.
     */
    static String problem(String tag, String scalar, boolean collection) {
        // "!" is YAML's non-specific tag: the value is read as a string, as if quoted.
        if (Intrinsics.longForm(tag) != null || tag.equals("!")) {
            return null;
        }
        if (!tag.startsWith(STANDARD)) {
            return "unknown tag '" + tag + "': CloudFormation accepts only the short forms of intrinsic functions ("
                    + String.join(", ", Intrinsics.shortFormTags().stream().sorted().toList()) + ")";
        }
        String type = tag.substring(STANDARD.length());
        if (UNSUPPORTED.contains(type)) {
            return "the YAML tag '" + shown(tag) + "' is one CloudFormation does not support (binary, omap, pairs, set and timestamp)";
        }
        if (!SCALAR_TYPES.contains(type) && !COLLECTION_TYPES.contains(type)) {
            return "unknown tag '" + shown(tag) + "': not a YAML 1.1 type; CloudFormation reads only !!str, !!int, !!float, !!bool, !!null,"
                    + " !!seq, !!map and the short forms of intrinsic functions";
        }
        if (collection != COLLECTION_TYPES.contains(type)) {
            return "the YAML tag '" + shown(tag) + "' is on a " + (collection ? "mapping or sequence" : "scalar")
                    + (collection ? ", but it types a scalar" : ", but it types a " + ("seq".equals(type) ? "sequence" : "mapping"));
        }
        Pattern form = switch (type) {
            case "int" -> INT;
            case "float" -> FLOAT;
            case "bool" -> BOOL;
            case "null" -> NULL;
            default -> null;
        };
        if (form != null && scalar != null && !form.matcher(scalar).matches()) {
            return "'" + scalar + "' is not a YAML " + type + ", but the tag '" + shown(tag) + "' says it is one";
        }
        return null;
    }

    /** What is wrong with a tag on a mapping key, as written ({@code !Ref}, {@code !!int}): CloudFormation's keys are plain strings. */
    static String keyProblem(String written) {
        // "!" is YAML's non-specific tag: the key is read as the string it is written as.
        if (written.equals("!") || written.equals("!!str") || written.equals("!<" + STANDARD + "str>")) {
            return null;
        }
        return "a tag on a mapping key ('" + written + "'): CloudFormation reads every key as a plain string, and cannot read a "
                + (Intrinsics.longForm(written) != null ? "function call" : "typed value") + " there";
    }
}
