package io.stacklint.model;

import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.SeqNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One way a template may be deployed: each CloudFormation condition that an {@code Fn::If} names is true or
 * false, one choice per condition as CloudFormation makes it. A check that judges every variant of what it
 * reads judges both branches of every {@code Fn::If} and never mixes branches that cannot be deployed
 * together. This is the one place variants are made: the state machine definitions of the model, the places
 * declarative rules read and the symbolic values of {@code TemplateValues} all come from here.
 *
 * <p>At most {@link #MAX_CONDITIONS} conditions are combined in one variant (2^6 = 64 ways); the conditions
 * beyond are read only all true and all false, since every combination would not be bounded.
 */
public record DeploymentVariant(Map<String, Boolean> choice) {
    /** The most conditions combined in every way; documented in the README and in rules/README.md. */
    public static final int MAX_CONDITIONS = 6;

    /** The variant that chooses nothing: what a node without {@code Fn::If} is read as. */
    public static final DeploymentVariant ANY = new DeploymentVariant(Map.of());

    public DeploymentVariant {
        choice = Map.copyOf(choice);
    }

    // equals and hashCode are written out: a record's generated ones are linked through invokedynamic on their
    // first call, which costs a one-template run more than the lint of the template (see Resource).
    @Override
    public boolean equals(Object other) {
        return other instanceof DeploymentVariant variant && choice.equals(variant.choice);
    }

    @Override
    public int hashCode() {
        return choice.hashCode();
    }

    /** Every variant of the conditions named below {@code extent} (just {@link #ANY} when there are none). */
    public static List<DeploymentVariant> of(Node extent) {
        return ANY.refine(extent);
    }

    /** A value as one variant deploys it: one branch of the {@code Fn::If}s around a whole value. */
    public record Chosen(DeploymentVariant variant, Node value) {
    }

    /**
     * The values a property can take as a whole, each with the variant that takes it: both branches of an
     * {@code Fn::If} around it (recursively), or the value itself in this variant's choice ({@link #ANY}).
     */
    public static List<Chosen> branches(Node value) {
        List<Chosen> out = new ArrayList<>();
        ANY.branches(value, out);
        return out;
    }

    private void branches(Node value, List<Chosen> out) {
        if (value instanceof MapNode map && "Fn::If".equals(map.intrinsicName()) && map.intrinsicArgument() instanceof SeqNode args
                && args.size() == 3) {
            String condition = conditionOf(map);
            for (int branch = 1; branch <= 2; branch++) {
                boolean taking = branch == 1;
                DeploymentVariant taken = this;
                // A condition that is no name (a mistake another rule reports) still leaves both branches to check.
                if (condition != null && choice.containsKey(condition) && choice.get(condition) != taking) {
                    continue;
                }
                if (condition != null && !choice.containsKey(condition)) {
                    taken = with(List.of(condition), i -> taking);
                }
                taken.branches(args.get(branch), out);
            }
        } else if (value != null) {
            out.add(new Chosen(this, value));
        }
    }

    /** True when an {@code Fn::If} below {@code node} names a condition: the node has more than one variant. */
    public static boolean hasConditions(Node node) {
        Set<String> names = new LinkedHashSet<>();
        collect(node, names);
        return !names.isEmpty();
    }

    /**
     * This variant extended to the conditions named below {@code extent} that it does not choose yet: every
     * combination of them while the variant stays within {@link #MAX_CONDITIONS}, else those all true and all false.
     */
    public List<DeploymentVariant> refine(Node extent) {
        Set<String> names = new LinkedHashSet<>();
        collect(extent, names);
        names.removeAll(choice.keySet());
        if (names.isEmpty()) {
            return List.of(this);
        }
        List<String> open = new ArrayList<>(names);
        List<DeploymentVariant> out = new ArrayList<>();
        if (choice.size() + open.size() > MAX_CONDITIONS) {
            out.add(with(open, bits -> true));
            out.add(with(open, bits -> false));
            return out;
        }
        for (int bits = 0; bits < 1 << open.size(); bits++) {
            int mask = bits;
            out.add(with(open, i -> (mask & (1 << i)) == 0));
        }
        return out;
    }

    /** The branch an {@code Fn::If} takes in this variant (recursively); null for {@code AWS::NoValue}: no value at all. */
    public Node choose(Node value) {
        Node current = value;
        while (current instanceof MapNode map && conditionOf(map) != null && choice.containsKey(conditionOf(map))) {
            current = map.intrinsicArgument().asSeq().get(choice.get(conditionOf(map)) ? 1 : 2);
        }
        return NodeValues.isNoValue(current) ? null : current;
    }

    /** A copy of the tree with every chosen Fn::If replaced by its branch and AWS::NoValue dropped; positions kept. */
    public Node resolve(Node node) {
        Node chosen = choose(node);
        if (chosen instanceof MapNode map) {
            MapNode copy = new MapNode(map.span(), map.path(), map.isShortForm());
            for (Entry entry : map.entries()) {
                Node value = resolve(entry.value());
                if (value != null) {
                    copy.put(new Entry(entry.key(), value));
                }
            }
            return copy;
        }
        if (chosen instanceof SeqNode seq) {
            SeqNode copy = new SeqNode(seq.span(), seq.path());
            for (Node item : seq.items()) {
                Node value = resolve(item);
                if (value != null) {
                    copy.add(value);
                }
            }
            return copy;
        }
        return chosen;
    }

    /**
     * What a finding found in these variants adds to its message: the choices all of them share, such as
     * {@code " (when IsProd is false)"}; empty when it was found whatever the conditions (or there are none).
     */
    public static String describe(Collection<DeploymentVariant> foundIn) {
        Map<String, Boolean> shared = null;
        for (DeploymentVariant variant : foundIn) {
            if (shared == null) {
                shared = new TreeMap<>(variant.choice);
            } else {
                shared.entrySet().removeIf(e -> !e.getValue().equals(variant.choice.get(e.getKey())));
            }
        }
        if (shared == null || shared.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (boolean value : new boolean[] {true, false}) {
            List<String> names = shared.entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey).toList();
            if (!names.isEmpty()) {
                parts.add(joined(names) + (names.size() == 1 ? " is " : " are ") + value);
            }
        }
        return " (when " + String.join(" and ", parts) + ")";
    }

    /** {@code A}, {@code A and B}, {@code A, B and C}. */
    private static String joined(List<String> names) {
        int last = names.size() - 1;
        return last == 0 ? names.get(0) : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
    }

    private DeploymentVariant with(List<String> open, java.util.function.IntPredicate valueOf) {
        Map<String, Boolean> next = new LinkedHashMap<>(choice);
        for (int i = 0; i < open.size(); i++) {
            next.put(open.get(i), valueOf.test(i));
        }
        return new DeploymentVariant(next);
    }

    private static String conditionOf(MapNode map) {
        if ("Fn::If".equals(map.intrinsicName()) && map.intrinsicArgument() instanceof SeqNode args && args.size() == 3
                && args.get(0).text() != null) {
            return args.get(0).text();
        }
        return null;
    }

    private static void collect(Node node, Set<String> names) {
        if (node instanceof MapNode map) {
            String condition = conditionOf(map);
            if (condition != null) {
                names.add(condition);
            }
            map.entries().forEach(entry -> collect(entry.value(), names));
        } else if (node instanceof SeqNode seq) {
            seq.items().forEach(item -> collect(item, names));
        }
    }
}
