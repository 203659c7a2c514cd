import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The parse floor of bench/compare.sh: plain Jackson readTree of every JSON and YAML file below the given
 * directories, in one JVM, and nothing else (a file Jackson cannot read is counted, not fatal). What stacklint
 * costs above this is what it does with the trees.
 */
public final class JacksonFloor {
    private JacksonFloor() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectMapper yaml = null;
        List<Path> files = new ArrayList<>();
        for (String dir : args) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                walk.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(json|ya?ml)$")).sorted().forEach(files::add);
            }
        }
        long nodes = 0;
        int unreadable = 0;
        for (Path file : files) {
            boolean isYaml = !file.toString().endsWith(".json");
            if (isYaml && yaml == null) {
                yaml = new YAMLMapper();
            }
            try {
                var tree = (isYaml ? yaml : json).readTree(Files.readString(file));
                nodes += tree == null ? 0 : tree.size();
            } catch (Exception e) {
                unreadable++;
            }
        }
        System.out.println(files.size() + " files, " + nodes + " top-level members, " + unreadable + " unreadable");
    }
}
