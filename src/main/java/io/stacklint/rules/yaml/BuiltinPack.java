package io.stacklint.rules.yaml;

import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.source.Problem;
import io.stacklint.source.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The built-in pack, made from its index ({@link BuiltinPackIndex}, generated from {@code rules/}): each rule's
 * metadata and subscription are all a run needs until the engine first hands the rule a node, so the listing, the
 * reports' rule descriptors, settings and suppressions, and a file the rule does not select (a template without a
 * state machine for the ASL rules) cost no compilation and no reading. A rule's file is compiled on that first
 * node, from the tree the build parsed ({@link PackedTrees}).
 */
final class BuiltinPack {
    /** One rule of the index: its file below {@code rules/}, its metadata and what it subscribes to. */
    record Head(String file, RuleMeta meta, Selector.Subscription subscription) {
    }

    private BuiltinPack() {
    }

    /** A rule of the index, as the generator writes it: the fields of its file, as written there. */
    static Head head(String file, String id, String name, String title, String severity, List<String> tags, String since, String status,
            String select, List<String> types, boolean asDeployed) {
        RuleMeta meta = new RuleMeta(id, name, title, Severity.parse(severity), tags, since, RuleMeta.Status.valueOf(status.toUpperCase(Locale.ROOT)));
        Selector.Kind kind = Selector.Kind.named(select);
        if (kind == null) {
            throw new IllegalArgumentException("unknown selector " + select);
        }
        return new Head(file, meta, new Selector.Subscription(kind, Selector.globs(types), asDeployed));
    }

    static List<YamlRule> rules() {
        List<YamlRule> out = new ArrayList<>();
        for (Head head : BuiltinPackIndex.heads()) {
            // The built-in pages are rules/docs/<ID>.md on the class path, read by RuleDocs when one is shown.
            out.add(YamlRule.of(head.meta(), () -> null, "stacklint:rules/" + head.file(), head.subscription(), new CompiledOnFirstUse(head.file())));
        }
        return out;
    }

    /** The trees of the whole pack, read when a first rule is compiled. */
    private static final class Trees {
        static final Map<String, PackedTrees.PackedFile> BY_PATH = PackedTrees.files();
    }

    /** A rule's body, compiled once, by whichever thread asks first; a built-in file that does not compile is a bug of the build. */
    private static final class CompiledOnFirstUse implements Supplier<YamlRule.Body> {
        private final String file;
        private volatile YamlRule.Body body;

        CompiledOnFirstUse(String file) {
            this.file = file;
        }

        @Override
        public YamlRule.Body get() {
            YamlRule.Body made = body;
            if (made == null) {
                synchronized (this) {
                    if (body == null) {
                        body = compile();
                    }
                    made = body;
                }
            }
            return made;
        }

        private YamlRule.Body compile() {
            PackedTrees.PackedFile packed = Trees.BY_PATH.get(file);
            if (packed == null) {
                throw new IllegalStateException("the built-in rule pack lacks the tree of " + file);
            }
            List<Problem> problems = new ArrayList<>();
            YamlRule rule = new RuleCompiler(packed.source().displayPath(), problems).compile(packed.root());
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the built-in rule pack is broken:\n" + new ProblemException(problems).getMessage());
            }
            return rule.body();
        }
    }
}
