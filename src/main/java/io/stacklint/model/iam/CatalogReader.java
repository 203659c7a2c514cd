package io.stacklint.model.iam;

import io.stacklint.model.iam.ActionCatalog.Action;
import io.stacklint.model.iam.ActionCatalog.Service;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the generated catalog resources (format: see {@code IamCatalogGenerator} in the tests). Loading reads only
 * the index, which names every service; a service's own resource is read and parsed the first time that service
 * is asked about, so a template that names three services reads three of 460 small files, not a megabyte.
 */
final class CatalogReader {
    private CatalogReader() {
    }

    /** The catalog whose index is {@code folder/actions.txt} and whose services are {@code folder/actions/<prefix>.txt}. */
    static Index read(String folder) {
        URL index = CatalogReader.class.getResource(folder + "/actions.txt");
        if (index == null) {
            throw new IllegalStateException("the IAM action catalog " + folder + "/actions.txt is missing from the jar");
        }
        Set<String> prefixes = new HashSet<>(1024);
        String date = "";
        for (String line : lines(index)) {
            if (line.startsWith("I ")) {
                prefixes.add(line.substring(2).toLowerCase(Locale.ROOT));
            } else if (line.startsWith("D ")) {
                date = line.substring(2);
            }
        }
        return new Index(index, Collections.unmodifiableSet(prefixes), date);
    }

    /**
     * The lines of a catalog resource. The service files are opened relative to the index's address, not looked
     * up by name: a class loader asks every module of the JDK for a name it has not seen before, at each name.
     */
    private static List<String> lines(URL resource) {
        try (InputStream in = resource.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            List<String> out = new ArrayList<>();
            for (int start = 0, end; start < text.length(); start = end + 1) {
                end = text.indexOf('\n', start);
                end = end < 0 ? text.length() : end;
                out.add(text.substring(start, end));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the IAM action catalog's " + resource, e);
        }
    }

    private static URL beside(URL index, String relative) {
        try {
            return new URL(index, relative);
        } catch (MalformedURLException e) {
            throw new IllegalStateException("the IAM action catalog's " + relative + " has no address beside " + index, e);
        }
    }

    /** The services the index names, and those read so far. */
    static final class Index {
        private final URL index;
        private final Set<String> prefixes;
        private final String date;
        private final Map<String, Service> parsed = new ConcurrentHashMap<>();
        private final Map<String, List<String>> typeLists = new ConcurrentHashMap<>();
        private volatile Set<String> newer;

        Index(URL index, Set<String> prefixes, String date) {
            this.index = index;
            this.prefixes = prefixes;
            this.date = date;
        }

        Set<String> prefixes() {
            return prefixes;
        }

        /** The lowercased actions newer than the data, read on the first call: only an unknown action asks. */
        Set<String> newer() {
            Set<String> known = newer;
            if (known == null) {
                Set<String> read = new HashSet<>();
                for (String line : lines(beside(index, "actions-newer.txt"))) {
                    if (line.startsWith("N ")) {
                        read.add(line.substring(2));
                    }
                }
                known = Collections.unmodifiableSet(read);
                newer = known;
            }
            return known;
        }

        String date() {
            return date;
        }

        /** The service of a prefix (any casing), or null when the catalog has none. */
        Service service(String prefix) {
            String key = prefix.toLowerCase(Locale.ROOT);
            if (!prefixes.contains(key)) {
                return null;
            }
            Service known = parsed.get(key);
            return known != null ? known : parsed.computeIfAbsent(key, this::parse);
        }

        private Service parse(String prefix) {
            List<String> lines = lines(beside(index, "actions/" + prefix + ".txt"));
            String[] header = lines.get(0).substring(2).split("\t", -1);
            Service service = new Service(header[1]);
            for (String line : lines.subList(1, lines.size())) {
                String body = line.length() > 2 ? line.substring(2) : "";
                if (line.startsWith("R ")) {
                    service.resources.add(body.split("\t", 2));
                } else if (line.startsWith("A ")) {
                    String[] cells = body.split("\t", -1);
                    List<String> types = typeLists.computeIfAbsent("t" + cells[2], k -> types(cells[2], false));
                    List<String> required = typeLists.computeIfAbsent("r" + cells[2], k -> types(cells[2], true));
                    service.actions.put(cells[0].toLowerCase(Locale.ROOT),
                            new Action(header[0] + ":" + cells[0], level(cells[1]), types, required));
                }
            }
            return service;
        }

        private static List<String> types(String cell, boolean requiredOnly) {
            if (cell.isEmpty()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String type : cell.split(",")) {
                boolean required = type.endsWith("*");
                if (!requiredOnly || required) {
                    out.add(required ? type.substring(0, type.length() - 1) : type);
                }
            }
            return List.copyOf(out);
        }

        private static String level(String letter) {
            return switch (letter) {
                case "L" -> "List";
                case "R" -> "Read";
                case "W" -> "Write";
                case "T" -> "Tagging";
                default -> "Permissions management";
            };
        }
    }
}
