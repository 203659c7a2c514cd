package io.stacklint.model.iam;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean": the nearest catalogued action to a misspelt one, by edit distance. */
final class Suggestions {
    private Suggestions() {
    }

    static Optional<String> closest(ActionCatalog catalog, String action) {
        int colon = action.indexOf(':');
        if (colon <= 0 || Wildcards.hasWildcard(action)) {
            return Optional.empty();
        }
        String prefix = action.substring(0, colon).toLowerCase(Locale.ROOT);
        String name = action.substring(colon + 1);
        if (!catalog.knowsService(prefix)) {
            String unknown = prefix;
            Optional<String> service = nearest(unknown, catalog.prefixes(), p -> p).or(() -> stem(unknown, catalog));
            if (service.isEmpty()) {
                return Optional.empty();
            }
            prefix = service.get();
        }
        List<String> actions = catalog.actionsOf(prefix);
        Optional<String> exact = actions.stream().filter(a -> a.substring(a.indexOf(':') + 1).equalsIgnoreCase(name)).findFirst();
        return exact.isPresent() ? exact : nearest(name, actions, a -> a.substring(a.indexOf(':') + 1));
    }

    /**
     * The longest known prefix that the unknown one extends with a dash: API client names such as
     * {@code bedrock-agent} are not IAM prefixes, their actions are {@code bedrock:...}.
     */
    private static Optional<String> stem(String prefix, ActionCatalog catalog) {
        for (int dash = prefix.lastIndexOf('-'); dash > 0; dash = prefix.lastIndexOf('-', dash - 1)) {
            if (catalog.knowsService(prefix.substring(0, dash))) {
                return Optional.of(prefix.substring(0, dash));
            }
        }
        return Optional.empty();
    }

    /** The candidate nearest to {@code word}, if within a typo's distance (about one edit in four letters). */
    private static Optional<String> nearest(String word, Collection<String> candidates, java.util.function.Function<String, String> key) {
        String lower = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, lower.length() / 4));
        String best = null;
        int bestDistance = limit + 1;
        for (String candidate : candidates) {
            String other = key.apply(candidate).toLowerCase(Locale.ROOT);
            if (Math.abs(other.length() - lower.length()) >= bestDistance) {
                continue;
            }
            int distance = distance(lower, other, bestDistance);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance, giving up (returning {@code bound}) once every path exceeds {@code bound}. */
    static int distance(String a, String b, int bound) {
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            int best = row[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                row[j] = Math.min(Math.min(row[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.min(best, row[j]);
            }
            if (best >= bound) {
                return bound;
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous[b.length()];
    }
}
