package io.stacklint.rules.yaml;

import io.stacklint.model.Booleans;
import io.stacklint.model.NodeValues;
import io.stacklint.model.asl.AslValues;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A test of a rule file over a focus. The outcome carries a witness: the place that decided it (the node a
 * failed requirement is about, or the nearest present ancestor of a missing one), where a finding points.
 */
interface Condition {
    record Outcome(boolean holds, Focus witness) {
    }

    /** What a condition needs besides its focus: the rule's id, for errors. */
    record Eval(String ruleId) {
    }

    Outcome test(Focus focus, Eval eval);

    /** True always; the witness is the focus itself. */
    Condition ALWAYS = (focus, eval) -> new Outcome(true, focus);

    /** The conditions of one mapping at one path, all of which must hold. */
    record AtPath(PathExpr path, List<Condition> tests) implements Condition {
        @Override
        public Outcome test(Focus focus, Eval eval) {
            Focus at = path.isSelf() ? focus : path.resolve(focus);
            Outcome last = new Outcome(true, at);
            for (Condition test : tests) {
                last = test.test(at, eval);
                if (!last.holds()) {
                    return last;
                }
            }
            return last;
        }
    }

    record AllOf(List<Condition> parts) implements Condition {
        @Override
        public Outcome test(Focus focus, Eval eval) {
            Outcome last = new Outcome(true, focus);
            for (Condition part : parts) {
                last = part.test(focus, eval);
                if (!last.holds()) {
                    return last;
                }
            }
            return last;
        }
    }

    record AnyOf(List<Condition> parts) implements Condition {
        @Override
        public Outcome test(Focus focus, Eval eval) {
            Outcome first = null;
            for (Condition part : parts) {
                Outcome outcome = part.test(focus, eval);
                if (outcome.holds()) {
                    return outcome;
                }
                first = first == null ? outcome : first;
            }
            return first != null ? first : new Outcome(false, focus);
        }
    }

    record Not(Condition inner) implements Condition {
        @Override
        public Outcome test(Focus focus, Eval eval) {
            Outcome outcome = inner.test(focus, eval);
            return new Outcome(!outcome.holds(), outcome.witness());
        }
    }

    /** Every item (all = true) or some item of the list at the focus; a single value counts as a one-item list. */
    record Items(Condition inner, boolean all) implements Condition {
        @Override
        public Outcome test(Focus focus, Eval eval) {
            List<Focus> items = new ArrayList<>();
            if (focus.isPresent()) {
                for (Node item : NodeValues.alternatives(focus.node())) {
                    items.add(Focus.present(item, item, focus, focus.scope()));
                }
            }
            for (Focus item : items) {
                Outcome outcome = inner.test(item, eval);
                if (outcome.holds() != all) {
                    return outcome;
                }
            }
            return new Outcome(all, focus);
        }
    }

    /** A test of the value at the focus itself. */
    interface Leaf extends Condition {
        boolean holds(Focus focus, Eval eval);

        @Override
        default Outcome test(Focus focus, Eval eval) {
            return new Outcome(holds(focus, eval), focus);
        }
    }

    record Present(boolean wanted) implements Leaf {
        @Override
        public boolean holds(Focus focus, Eval eval) {
            return focus.isPresent() == wanted;
        }
    }

    /** Equal to one of the values (a one-item list for {@code equals}); numbers compare as numbers. */
    record Equals(List<ScalarNode> values) implements Leaf {
        @Override
        public boolean holds(Focus focus, Eval eval) {
            if (!(focus.node() instanceof ScalarNode actual) || actual.isNull()) {
                return false;
            }
            for (ScalarNode expected : values) {
                Boolean wanted = Booleans.of(expected);
                if (wanted != null) {
                    if (wanted.equals(cloudFormationValue(focus) ? Booleans.ofCloudFormation(actual) : Booleans.of(actual))) {
                        return true;
                    }
                    continue;
                }
                if (expected.number() != null && actual.number() != null
                        ? expected.number().doubleValue() == actual.number().doubleValue()
                        : expected.value() != null && expected.value().equals(text(actual))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * True for a value of a template resource (outside a state machine definition): CloudFormation reads the
     * string "true" as a boolean there, Step Functions does not in a definition.
     */
    private static boolean cloudFormationValue(Focus focus) {
        return focus.scope().machine() == null && focus.scope().state() == null;
    }

    record Matches(BoundedRegex regex) implements Leaf {
        @Override
        public boolean holds(Focus focus, Eval eval) {
            String text = text(focus.node());
            if (text == null) {
                return false;
            }
            var start = focus.node().span().startPosition();
            return regex.find(text, eval.ruleId(), focus.node().span().file().displayPath() + ":" + start.line() + ":" + start.column());
        }
    }

    record Glob(java.util.regex.Pattern pattern) implements Leaf {
        @Override
        public boolean holds(Focus focus, Eval eval) {
            String text = text(focus.node());
            return text != null && pattern.matcher(text).matches();
        }
    }

    /** A numeric comparison; false for anything that is not a number (a deploy-time value, a string). */
    record Compare(String op, double bound) implements Leaf {
        @Override
        public boolean holds(Focus focus, Eval eval) {
            if (!(focus.node() instanceof ScalarNode scalar) || scalar.number() == null) {
                return false;
            }
            double value = scalar.number();
            return switch (op) {
                case "gt" -> value > bound;
                case "gte" -> value >= bound;
                case "lt" -> value < bound;
                case "lte" -> value <= bound;
                default -> throw new IllegalStateException(op);
            };
        }
    }

    record Type(String wanted) implements Leaf {
        @Override
        public boolean holds(Focus focus, Eval eval) {
            Node node = focus.node();
            if (node == null) {
                return false;
            }
            return switch (wanted) {
                case "mapping" -> node instanceof MapNode map && map.intrinsicName() == null;
                case "list" -> node.asSeq() != null;
                case "string" -> node instanceof ScalarNode s && s.isString();
                case "number" -> node instanceof ScalarNode s && s.isNumber();
                case "boolean" -> node instanceof ScalarNode s && s.kind() == ScalarNode.Kind.BOOLEAN;
                case "null" -> node instanceof ScalarNode s && s.isNull();
                default -> throw new IllegalStateException(wanted);
            };
        }
    }

    /** A value decided at deploy time: an intrinsic function, or a whole {@code ${Name}} placeholder. */
    record Symbolic(boolean wanted) implements Leaf {
        @Override
        public boolean holds(Focus focus, Eval eval) {
            return focus.isPresent() && AslValues.isSymbolic(focus.node()) == wanted;
        }
    }

    /** The text of a scalar, or the template string of an {@code Fn::Sub} call; null otherwise. */
    static String text(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.isNull() ? null : scalar.value();
        }
        if (node instanceof MapNode map && map.subTemplate() != null) {
            return map.subTemplate().value();
        }
        return null;
    }
}
