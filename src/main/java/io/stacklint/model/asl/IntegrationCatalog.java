package io.stacklint.model.asl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one integration catalog: which optimized integrations Step Functions accepts and with which patterns,
 * and the IAM each integration, the AWS SDK integrations and the state machine's own settings need. Read on
 * first use from {@code integrations.tsv} (generated from the research by {@code IntegrationCatalogGenerator});
 * a template without Tasks never loads it.
 */
public final class IntegrationCatalog {
    /** One optimized service: whether its page lists every action, the patterns it offers, and per action. */
    record Service(boolean complete, Set<IntegrationPattern> patterns, Map<String, Set<IntegrationPattern>> actions) {
        Set<IntegrationPattern> patternsOf(String action) {
            return complete ? actions.getOrDefault(action, patterns) : patterns;
        }
    }

    /** What an integration (or a setting) needs; {@code grants} null when the research records nothing for it. */
    public record Entry(String name, boolean confirmed, List<IntegrationGrant> grants) {
        public boolean recorded() {
            return grants != null;
        }
    }

    private static final class Holder {
        static final IntegrationCatalog INSTANCE = load();
    }

    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, String[]> tasks = new HashMap<>();
    private final Map<String, String> sdkPrefixes = new HashMap<>();
    private final Map<String, Entry> sdkActions = new HashMap<>();
    private final Map<String, String[]> sdkTasks = new HashMap<>();
    private final Map<String, String[]> configs = new HashMap<>();
    /**
     * The entries built so far from their rows: a row's grants are read when it is first asked for, since a
     * definition asks for a few of the catalog's 300 rows. Built once, so that an entry can be compared by identity.
     */
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private IntegrationCatalog() {
    }

    public static IntegrationCatalog get() {
        return Holder.INSTANCE;
    }

    /** The optimized service of that name, or null. */
    Service service(String name) {
        return services.get(name);
    }

    /** What an optimized (or HTTP) integration needs with that pattern; empty when Step Functions does not offer it. */
    public Optional<Entry> task(String service, String action, IntegrationPattern pattern) {
        String key = service + ":" + action + "\t" + pattern.written();
        String[] row = tasks.get(key);
        return row == null ? Optional.empty() : Optional.of(entry(key, row));
    }

    /**
     * What an AWS SDK integration needs: the grants recorded for it, else its IAM action (the SDK service's IAM
     * prefix, the action with a capital first letter, or a recorded exception) on a target not modeled.
     */
    public Entry sdk(String service, String action) {
        String key = service + ":" + action;
        String[] known = sdkTasks.get(key);
        if (known != null) {
            return entry("sdk-task\t" + key, known);
        }
        Entry renamed = sdkActions.get(service + ":" + action.toLowerCase(Locale.ROOT));
        if (renamed != null) {
            return renamed;
        }
        String iam = sdkPrefixes.getOrDefault(service, service) + ":"
                + (action.isEmpty() ? action : Character.toUpperCase(action.charAt(0)) + action.substring(1));
        return new Entry("aws-sdk:" + service + ":" + action, true, List.of(IntegrationGrant.parse(iam + "=?")));
    }

    /** The IAM prefix of an SDK service name ({@code sfn} → {@code states}). */
    public String sdkPrefix(String service) {
        return sdkPrefixes.getOrDefault(service, service);
    }

    /**
     * What a setting needs: {@code logging}, {@code tracing}, {@code encryption}, {@code distributed-map},
     * {@code item-reader:s3:getObject}..., {@code lambda-function}, {@code activity}; null for an unknown name.
     */
    public Entry config(String name) {
        String[] row = configs.get(name);
        return row == null ? null : entry("config\t" + name, row);
    }

    /** The entry of a task, sdk-task or config row, built on the first call for that row. */
    private Entry entry(String key, String[] row) {
        Entry known = entries.get(key);
        if (known != null) {
            return known;
        }
        Entry built = switch (row[0]) {
            case "task" -> new Entry(row[1] + ":" + row[2] + IntegrationPattern.named(row[3]).suffix(), row[4].equals("1"), grants(row[5]));
            case "sdk-task" -> new Entry("aws-sdk:" + row[1] + ":" + row[2], row[3].equals("1"), grants(row[4]));
            default -> new Entry(row[1], row[2].equals("1"), grants(row[3]));
        };
        Entry raced = entries.putIfAbsent(key, built);
        return raced == null ? built : raced;
    }

    private static IntegrationCatalog load() {
        IntegrationCatalog catalog = new IntegrationCatalog();
        try (InputStream in = IntegrationCatalog.class.getResourceAsStream("/io/stacklint/asl/integrations.tsv")) {
            if (in == null) {
                throw new IllegalStateException("integrations.tsv is missing from the class path");
            }
            // Decoded at once and cut at line breaks: a BufferedReader decodes line by line, in code not yet compiled.
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (int start = 0, end; start < text.length(); start = end + 1) {
                end = text.indexOf('\n', start);
                end = end < 0 ? text.length() : end;
                String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
                if (!line.isEmpty() && !line.startsWith("#")) {
                    catalog.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return catalog;
    }

    private void add(String[] cols) {
        switch (cols[0]) {
            case "service" -> services.put(cols[1], new Service(cols[2].equals("1"), patterns(cols[3]), new LinkedHashMap<>()));
            case "task" -> {
                IntegrationPattern pattern = IntegrationPattern.named(cols[3]);
                Map<String, Set<IntegrationPattern>> actions = services.get(cols[1]).actions();
                Set<IntegrationPattern> patterns = actions.get(cols[2]);
                if (patterns == null) {
                    patterns = EnumSet.noneOf(IntegrationPattern.class);
                    actions.put(cols[2], patterns);
                }
                patterns.add(pattern);
                tasks.put(cols[1] + ":" + cols[2] + "\t" + cols[3], cols);
            }
            case "sdk-prefix" -> sdkPrefixes.put(cols[1], cols[2]);
            case "sdk-action" -> sdkActions.put(cols[1] + ":" + cols[2].toLowerCase(Locale.ROOT),
                    new Entry("aws-sdk:" + cols[1] + ":" + cols[2], cols[4].equals("1"), grants(cols[3] + "=?")));
            case "sdk-task" -> sdkTasks.put(cols[1] + ":" + cols[2], cols);
            case "config" -> configs.put(cols[1], cols);
            default -> throw new IllegalStateException("integrations.tsv: unknown row " + cols[0]);
        }
    }

    private static Set<IntegrationPattern> patterns(String list) {
        Set<IntegrationPattern> out = EnumSet.noneOf(IntegrationPattern.class);
        for (String name : list.split(",")) {
            if (!name.isEmpty()) {
                out.add(IntegrationPattern.named(name));
            }
        }
        return out;
    }

    private static List<IntegrationGrant> grants(String cell) {
        if (cell.equals("?")) {
            return null;
        }
        List<IntegrationGrant> out = new ArrayList<>();
        if (!cell.equals("-")) {
            for (String grant : cell.split(";")) {
                out.add(IntegrationGrant.parse(grant));
            }
        }
        return List.copyOf(out);
    }
}
