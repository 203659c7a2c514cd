package io.stacklint.rules.yaml;

import io.stacklint.model.asl.State;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.model.sam.SamTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which nodes a rule looks at, compiled into what the engine's one walk hands it: template resources by type,
 * states by type and Task {@code Resource} (at any depth, in every state machine the model found, whatever its
 * definition source), whole state machine definitions, or IAM policy statements ({@link YamlRule}'s kinds);
 * then, optionally, the nodes at one or more paths below each ({@code Retry/*},
 * {@code Properties/Policies/* /PolicyDocument}). With {@code as-deployed: true}, a resource that SAM replaces is
 * selected, and read, as the CloudFormation resource it deploys as ({@link SamTransform}).
 */
record Selector(Subscription subscription, List<Glob> resources, String effect, List<PathExpr> paths) {
    /**
     * A glob of a selector, tested for every state or resource of a file: {@code *} and a plain name, most of them,
     * are answered without a regex, and none is compiled before a run looks at a file.
     */
    record Glob(String text, Pattern pattern) {
        static Glob of(String text) {
            boolean wild = text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
            return new Glob(text, wild && !text.equals("*") ? glob(text) : null);
        }

        boolean matches(String candidate) {
            return pattern != null ? pattern.matcher(candidate).matches() : text.equals("*") || text.equals(candidate);
        }
    }

    /** What a rule selects, by the key that says so under {@code select:} in its file. */
    enum Kind {
        CFN_RESOURCE("cfn-resource"), ASL_STATE("asl-state"), ASL_MACHINE("asl-machine"), IAM_STATEMENT("iam-statement");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The key under {@code select:}: {@code cfn-resource}, {@code asl-state}, ... */
        String key() {
            return key;
        }

        /** The kind a {@code select:} key names; null for none. */
        static Kind named(String key) {
            for (Kind kind : values()) {
                if (kind.key.equals(key)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /**
     * What the engine's walk must know of a rule before it hands the rule a node: the kind of node, and for
     * resources and states the types, as patterns (read as deployed, with {@code as-deployed}). A built-in rule
     * knows it from the pack's index, before its file is compiled ({@link BuiltinPack}).
     */
    record Subscription(Kind kind, List<Glob> types, boolean asDeployed) {
        /** A resource or state of this type is visited (for states, the Task resource is checked when it is handed over). */
        boolean visitsType(String type) {
            return anyMatch(types, kind == Kind.CFN_RESOURCE && asDeployed ? SamTransform.deployedType(type) : type);
        }
    }

    Kind kind() {
        return subscription.kind();
    }

    boolean asDeployed() {
        return subscription.asDeployed();
    }

    boolean visitsTask(State state) {
        return resources.isEmpty() || (state.resource() != null && anyMatch(resources, state.resource()));
    }

    boolean visitsStatement(PolicyStatement statement) {
        return effect.equals("any") || effect.equals(statement.node().text("Effect"));
    }

    /** The places the paths lead to from a node the engine handed over (the node itself without paths). */
    List<Focus> below(Focus root) {
        if (paths.isEmpty()) {
            return List.of(root);
        }
        List<Focus> out = new ArrayList<>();
        for (PathExpr path : paths) {
            for (Focus focus : path.resolveAll(root)) {
                if (focus.isPresent()) {
                    out.add(focus);
                }
            }
        }
        return out;
    }

    static boolean anyMatch(List<Glob> globs, String text) {
        // A loop, not a stream: the engine asks for every state or resource of a file, for each rule.
        for (Glob glob : globs) {
            if (glob.matches(text)) {
                return true;
            }
        }
        return false;
    }

    /** A glob ({@code AWS::IAM::*}, {@code arn:*:states:::lambda:invoke*}): '*' is any run of characters, '?' one. */
    static List<Glob> globs(List<String> globs) {
        List<Glob> out = new ArrayList<>(globs.size());
        for (String glob : globs) {
            out.add(Glob.of(glob));
        }
        return List.copyOf(out);
    }

    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
