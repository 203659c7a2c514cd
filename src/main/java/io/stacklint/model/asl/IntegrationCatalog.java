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
    private final Map<String, Entry> tasks = new HashMap<>();
    private final Map<String, String> sdkPrefixes = new HashMap<>();
    private final Map<String, Entry> sdkActions = new HashMap<>();
    private final Map<String, Entry> sdkTasks = new HashMap<>();
    private final Map<String, Entry> configs = new HashMap<>();

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
        return Optional.ofNullable(tasks.get(service + ":" + action + "\t" + pattern.written()));
    }

    /**
     * What an AWS SDK integration needs: the grants recorded for it, else its IAM action (the SDK service's IAM
     * prefix, the action with a capital first letter, or a recorded exception) on a target not modeled.
     */
    public Entry sdk(String service, String action) {
        Entry known = sdkTasks.get(service + ":" + action);
        if (known != null) {
            return known;
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
        return configs.get(name);
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
                services.get(cols[1]).actions().computeIfAbsent(cols[2], a -> EnumSet.noneOf(IntegrationPattern.class)).add(pattern);
                String name = cols[1] + ":" + cols[2];
                tasks.put(name + "\t" + cols[3], new Entry(name + pattern.suffix(), cols[4].equals("1"), grants(cols[5])));
            }
            case "sdk-prefix" -> sdkPrefixes.put(cols[1], cols[2]);
            case "sdk-action" -> sdkActions.put(cols[1] + ":" + cols[2].toLowerCase(Locale.ROOT),
                    new Entry("aws-sdk:" + cols[1] + ":" + cols[2], cols[4].equals("1"), grants(cols[3] + "=?")));
            case "sdk-task" -> sdkTasks.put(cols[1] + ":" + cols[2],
                    new Entry("aws-sdk:" + cols[1] + ":" + cols[2], cols[3].equals("1"), grants(cols[4])));
            case "config" -> configs.put(cols[1], new Entry(cols[1], cols[2].equals("1"), grants(cols[3])));
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
