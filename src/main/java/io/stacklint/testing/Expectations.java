package io.stacklint.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a fixture expects. YAML fixtures carry {@code # expect: [COL] ID ["fragment"]} comments: at the
 * end of a line it is about that line; alone on a line, about the next line that is not a marker. Files that
 * cannot hold comments (JSON, embedded strings) use a sidecar {@code <fixture>.expected} with
 * {@code line:col ID [message fragment]} per line.
 */
public final class Expectations {
    private static final Pattern MARKER = Pattern.compile("expect:\\s*(?:(\\d+)\\s+)?([A-Z][A-Z0-9]*\\d{3})(?:\\s+\"([^\"]*)\")?");
    private static final Pattern SIDECAR = Pattern.compile("(\\d+):(\\d+)\\s+([A-Z][A-Z0-9]*\\d{3})(?:\\s+(.*))?");

    private Expectations() {
    }

    public static Path sidecar(Path fixture) {
        return fixture.resolveSibling(fixture.getFileName() + ".expected");
    }

    public static List<Expectation> read(Path fixture) throws IOException {
        return read(fixture, fixture.toString());
    }

    /** The same, naming the fixture {@code display} in what it reports. */
    public static List<Expectation> read(Path fixture, String display) throws IOException {
        Path sidecar = sidecar(fixture);
        if (Files.exists(sidecar)) {
            return readSidecar(sidecar, display + ".expected");
        }
        return readMarkers(Path.of(display), Files.readAllLines(fixture));
    }

    public static List<Expectation> readMarkers(Path fixture, List<String> lines) {
        List<Expectation> out = new ArrayList<>();
        List<Matcher> pending = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf("# expect:");
            List<Matcher> here = new ArrayList<>();
            if (hash >= 0) {
                Matcher m = MARKER.matcher(line.substring(hash));
                while (m.find()) {
                    here.add(MARKER.matcher(m.group()));
                }
                here.forEach(Matcher::find);
                if (here.isEmpty()) {
                    // A marker that does not read as one would be a fixture that silently expects nothing.
                    throw new IllegalStateException(fixture + ":" + (i + 1) + ": '" + line.substring(hash).strip()
                            + "' is not a marker: write '# expect: COL ID \"fragment\"' (an id such as ACME001)");
                }
            }
            boolean markerOnly = hash >= 0 && line.substring(0, hash).isBlank();
            if (markerOnly) {
                pending.addAll(here);
                continue;
            }
            int lineNumber = i + 1;
            for (Matcher m : pending) {
                out.add(of(m, lineNumber, fixture));
            }
            pending.clear();
            for (Matcher m : here) {
                out.add(of(m, lineNumber, fixture));
            }
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException(fixture + ": an expect marker at the end of the file applies to no line");
        }
        return out;
    }

    private static Expectation of(Matcher m, int line, Path fixture) {
        Integer column = m.group(1) == null ? null : Integer.valueOf(m.group(1));
        return new Expectation(m.group(2), line, column, m.group(3), fixture.toString() + ":" + line);
    }

    public static List<Expectation> readSidecar(Path sidecar) throws IOException {
        return readSidecar(sidecar, sidecar.toString());
    }

    private static List<Expectation> readSidecar(Path sidecar, String display) throws IOException {
        List<Expectation> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(sidecar);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = SIDECAR.matcher(line);
            if (!m.matches()) {
                throw new IllegalStateException(display + ":" + (i + 1) + ": expected 'line:col ID [message fragment]', got: " + line);
            }
            String fragment = m.group(4) == null || m.group(4).isBlank() ? null : m.group(4).strip();
            out.add(new Expectation(m.group(3), Integer.parseInt(m.group(1)), Integer.valueOf(m.group(2)), fragment, display + ":" + (i + 1)));
        }
        return out;
    }
}
