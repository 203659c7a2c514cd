import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The parse floor of bench/compare.sh: plain Jackson readTree of every file below a directory, in one JVM, and
 * nothing else. What stacklint costs above this is what it does with the trees.
 */
public final class JacksonFloor {
    private JacksonFloor() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        long nodes = 0;
        for (Path file : files) {
            nodes += mapper.readTree(Files.readString(file)).size();
        }
        System.out.println(files.size() + " files, " + nodes + " top-level members");
    }
}
