package io.stacklint.cli;

import io.stacklint.rules.api.Rule;
import io.stacklint.rules.engine.RuleRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@code --enable}, {@code --disable} and {@code --severity} accept: a rule id or name, an id prefix
 * ({@code IAM}, {@code ASL1}: every rule whose id starts so), or a glob over ids and names ({@code IAM*},
 * {@code ASL1?0}, {@code *-wildcard-*}; {@code *} any run of characters, {@code ?} one).
 */
final class RulePatterns {
    private static final Pattern ID_PREFIX = Pattern.compile("[A-Za-z]+\\d{0,2}");

    private RulePatterns() {
    }

    /** The rules the pattern names; empty when it names none. */
    static List<Rule> match(RuleRegistry registry, String pattern) {
        String key = pattern.trim();
        Optional<Rule> exact = registry.find(key);
        if (exact.isPresent()) {
            return List.of(exact.get());
        }
        if (key.contains("*") || key.contains("?")) {
            Pattern glob = glob(key);
            return registry.rules().stream().filter(r -> glob.matcher(r.meta().id()).matches() || glob.matcher(r.meta().name()).matches()).toList();
        }
        if (ID_PREFIX.matcher(key).matches()) {
            String prefix = key.toUpperCase(Locale.ROOT);
            return registry.rules().stream().filter(r -> r.meta().id().startsWith(prefix)).toList();
        }
        return List.of();
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
