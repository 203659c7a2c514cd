package io.stacklint.model.iam;

import io.stacklint.model.iam.ActionCatalog.Action;
import io.stacklint.model.iam.ActionCatalog.Service;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Reads the generated catalog resource (format: see {@code IamCatalogGenerator} in the tests). Loading only
 * unpacks the bytes and reads the index at their head, where each service's block starts; a service's actions
 * are parsed the first time that service is asked about, so a template that names three services parses three
 * of 460.
 */
final class CatalogReader {
    private CatalogReader() {
    }

    static Index read(String resource) {
        try (InputStream raw = CatalogReader.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("the IAM action catalog " + resource + " is missing from the jar");
            }
            try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
                return index(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the IAM action catalog " + resource, e);
        }
    }

    /**
     * Reads the head of the catalog (date, newer actions, and the length of each service's block) and places
     * every block from the lengths; the blocks themselves are not looked at until a service is asked about.
     */
    private static Index index(byte[] bytes) {
        Map<String, int[]> blocks = new HashMap<>(1024);
        Set<String> newer = new HashSet<>();
        String date = "";
        List<String> order = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        int line = 0;
        while (line < bytes.length && bytes[line] != 'S') {
            int end = lineEnd(bytes, line);
            String body = end - line >= 2 ? new String(bytes, line + 2, end - line - 2, StandardCharsets.US_ASCII) : "";
            switch (bytes[line]) {
                case 'D' -> date = body;
                case 'N' -> newer.add(body);
                case 'I' -> {
                    int tab = body.indexOf('\t');
                    order.add(body.substring(0, tab).toLowerCase(Locale.ROOT));
                    lengths.add(Integer.parseInt(body.substring(tab + 1)));
                }
                default -> {
                    // a comment
                }
            }
            line = end + 1;
        }
        int at = line;
        for (int i = 0; i < order.size(); i++) {
            blocks.put(order.get(i), new int[] {at, at + lengths.get(i)});
            at += lengths.get(i);
        }
        if (at != bytes.length) {
            throw new IllegalStateException("the IAM action catalog's index does not match its service blocks");
        }
        return new Index(bytes, blocks, Set.copyOf(newer), date);
    }

    private static int lineEnd(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && bytes[i] != '\n') {
            i++;
        }
        return i;
    }

    /** The unpacked resource with the position of every service's block, and the services parsed so far. */
    static final class Index {
        private final byte[] bytes;
        private final Map<String, int[]> blocks;
        private final Set<String> newer;
        private final String date;
        private final Map<String, Service> parsed = new ConcurrentHashMap<>();
        private final Map<String, List<String>> typeLists = new ConcurrentHashMap<>();

        Index(byte[] bytes, Map<String, int[]> blocks, Set<String> newer, String date) {
            this.bytes = bytes;
            this.blocks = blocks;
            this.newer = newer;
            this.date = date;
        }

        Set<String> prefixes() {
            return blocks.keySet();
        }

        Set<String> newer() {
            return newer;
        }

        String date() {
            return date;
        }

        /** The service of a prefix (any casing), or null when the catalog has none. */
        Service service(String prefix) {
            String key = prefix.toLowerCase(Locale.ROOT);
            int[] block = blocks.get(key);
            return block == null ? null : parsed.computeIfAbsent(key, k -> parse(block));
        }

        private Service parse(int[] block) {
            String[] lines = new String(bytes, block[0], block[1] - block[0], StandardCharsets.US_ASCII).split("\n");
            String[] header = lines[0].substring(2).split("\t", -1);
            Service service = new Service(header[1]);
            for (int i = 1; i < lines.length; i++) {
                String body = lines[i].length() > 2 ? lines[i].substring(2) : "";
                if (lines[i].startsWith("R ")) {
                    service.resources.add(body.split("\t", 2));
                } else if (lines[i].startsWith("A ")) {
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
