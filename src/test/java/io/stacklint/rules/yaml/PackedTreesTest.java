package io.stacklint.rules.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.parse.TreeParser;
import io.stacklint.source.Problem;
import io.stacklint.source.SourceFile;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packed pack gives back what its files give: the same texts and trees, node for node (spans, paths, kinds, values), and the same rules. */
class PackedTreesTest {
    private static final Path RULES = Path.of("rules");

    @Test
    void packedTreesAreTheTreesOfTheRuleFiles() throws IOException {
        List<String> index = index();
        List<PackedTrees.PackedFile> packed = List.copyOf(PackedTrees.files().values());
        assertThat(packed).extracting(f -> f.source().displayPath()).containsExactlyElementsOf(index.stream().map(f -> "stacklint:rules/" + f).toList());
        for (int i = 0; i < packed.size(); i++) {
            String text = Files.readString(RULES.resolve(index.get(i)));
            PackedTrees.PackedFile file = packed.get(i);
            assertThat(file.source().text()).isEqualTo(text);
            Node parsed = TreeParser.parse(SourceFile.of(file.source().displayPath(), text)).root();
            assertThat(lines(file.root())).as(index.get(i)).containsExactlyElementsOf(lines(parsed)).hasSizeGreaterThan(20);
        }
    }

    /** What a run knows of a built-in rule before compiling it is what compiling its file says. */
    @Test
    void theIndexSaysWhatTheRuleFilesSay() throws IOException {
        List<BuiltinPack.Head> heads = BuiltinPackIndex.heads();
        assertThat(heads).extracting(BuiltinPack.Head::file).containsExactlyElementsOf(index());
        for (BuiltinPack.Head head : heads) {
            List<Problem> problems = new ArrayList<>();
            YamlRule compiled = YamlRuleLoader.compile(SourceFile.read(RULES.resolve(head.file()), "stacklint:rules/" + head.file()), problems);
            assertThat(problems).isEmpty();
            assertThat(head.meta()).as(head.file()).isEqualTo(compiled.meta());
            assertThat(describe(head.subscription())).as(head.file()).isEqualTo(describe(compiled.subscription()));
        }
    }

    /** A built-in rule compiles its body from its tree when first asked, to what its file compiles to, once. */
    @Test
    void aBuiltinRuleCompilesItsFileOnFirstUse() throws IOException {
        for (YamlRule rule : BuiltinPack.rules()) {
            String file = rule.origin().substring("stacklint:".length());
            YamlRule fromFile = YamlRuleLoader.compile(SourceFile.read(Path.of(file), rule.origin()), new ArrayList<>());
            assertThat(rule.meta()).isEqualTo(fromFile.meta());
            YamlRule.Body body = rule.body();
            assertThat(rule.body()).isSameAs(body);
            assertThat(body.idAt().toString()).isEqualTo(fromFile.idAt().toString());
            assertThat(body.cases()).hasSameSizeAs(fromFile.body().cases());
            assertThat(body.selector().paths()).hasSameSizeAs(fromFile.body().selector().paths());
            assertThat(describe(body.selector().subscription())).isEqualTo(describe(rule.subscription()));
        }
    }

    private static String describe(Selector.Subscription subscription) {
        return subscription.kind() + " " + subscription.types() + " " + subscription.asDeployed();
    }

    private static List<String> index() throws IOException {
        return Files.readAllLines(RULES.resolve("index.txt")).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** Every node of a tree, one line each, with everything a rule or a position can read of it. */
    private static List<String> lines(Node root) {
        List<String> out = new ArrayList<>();
        describe(root, out);
        return out;
    }

    private static void describe(Node node, List<String> out) {
        String head = node.getClass().getSimpleName() + " " + node.path() + " " + node.span().file().displayPath() + " "
                + node.span().start() + "-" + node.span().end() + " " + node.span().startPosition();
        if (node instanceof MapNode map) {
            out.add(head + " short=" + map.isShortForm() + " keys=" + map.keys());
            for (Entry entry : map.entries()) {
                describe(entry.key(), out);
                describe(entry.value(), out);
            }
        } else if (node instanceof SeqNode seq) {
            out.add(head + " size=" + seq.size());
            seq.items().forEach(item -> describe(item, out));
        } else {
            ScalarNode scalar = (ScalarNode) node;
            out.add(head + " " + scalar.kind() + " " + (scalar.value() == null ? "null" : "'" + scalar.value() + "'"));
        }
    }
}
