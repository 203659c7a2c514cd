package io.stacklint.model.asl.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The intrinsic functions of Step Functions with their arity and argument kinds, and the checks of a parsed
 * call against them. Only what is written literally is judged: a path or a call whose result is not known
 * passes every kind.
 */
public final class IntrinsicFunctions {
    /** The kind of value an argument must be, or a call returns. */
    enum Kind { ANY, STRING, NUMBER, INTEGER, BOOLEAN, ARRAY, OBJECT }

    private record Signature(int min, int max, Kind returns, List<Kind> args, Kind rest) {
        Kind arg(int i) {
            return i < args.size() ? args.get(i) : rest;
        }
    }

    private static final int ANY_COUNT = Integer.MAX_VALUE;
    private static final Set<String> HASH_ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

    private static final Map<String, Signature> FUNCTIONS = Map.ofEntries(
            Map.entry("States.Format", new Signature(1, ANY_COUNT, Kind.STRING, List.of(Kind.STRING), Kind.ANY)),
            Map.entry("States.StringToJson", new Signature(1, 1, Kind.ANY, List.of(Kind.STRING), null)),
            Map.entry("States.JsonToString", new Signature(1, 1, Kind.STRING, List.of(Kind.ANY), null)),
            Map.entry("States.Array", new Signature(0, ANY_COUNT, Kind.ARRAY, List.of(), Kind.ANY)),
            Map.entry("States.ArrayPartition", new Signature(2, 2, Kind.ARRAY, List.of(Kind.ARRAY, Kind.INTEGER), null)),
            Map.entry("States.ArrayContains", new Signature(2, 2, Kind.BOOLEAN, List.of(Kind.ARRAY, Kind.ANY), null)),
            Map.entry("States.ArrayRange", new Signature(3, 3, Kind.ARRAY, List.of(Kind.INTEGER, Kind.INTEGER, Kind.INTEGER), null)),
            Map.entry("States.ArrayGetItem", new Signature(2, 2, Kind.ANY, List.of(Kind.ARRAY, Kind.INTEGER), null)),
            Map.entry("States.ArrayLength", new Signature(1, 1, Kind.INTEGER, List.of(Kind.ARRAY), null)),
            Map.entry("States.ArrayUnique", new Signature(1, 1, Kind.ARRAY, List.of(Kind.ARRAY), null)),
            Map.entry("States.Base64Encode", new Signature(1, 1, Kind.STRING, List.of(Kind.STRING), null)),
            Map.entry("States.Base64Decode", new Signature(1, 1, Kind.STRING, List.of(Kind.STRING), null)),
            Map.entry("States.Hash", new Signature(2, 2, Kind.STRING, List.of(Kind.ANY, Kind.STRING), null)),
            Map.entry("States.JsonMerge", new Signature(3, 3, Kind.OBJECT, List.of(Kind.OBJECT, Kind.OBJECT, Kind.BOOLEAN), null)),
            Map.entry("States.MathRandom", new Signature(2, 3, Kind.INTEGER, List.of(Kind.INTEGER, Kind.INTEGER, Kind.INTEGER), null)),
            Map.entry("States.MathAdd", new Signature(2, 2, Kind.INTEGER, List.of(Kind.NUMBER, Kind.NUMBER), null)),
            Map.entry("States.StringSplit", new Signature(2, 2, Kind.ARRAY, List.of(Kind.STRING, Kind.STRING), null)),
            Map.entry("States.UUID", new Signature(0, 0, Kind.STRING, List.of(), null)));

    private IntrinsicFunctions() {
    }

    public static boolean isKnown(String name) {
        return FUNCTIONS.containsKey(name);
    }

    /** Names of functions that do not exist, at their place, for the call and the calls nested in it. */
    public static List<ExprError> unknownFunctions(Intrinsic.Call call) {
        List<ExprError> out = new ArrayList<>();
        visit(call, c -> {
            if (!isKnown(c.name())) {
                out.add(new ExprError(c.start(), c.nameEnd(), "'" + c.name() + "' is not an intrinsic function of Step Functions"
                        + (c.name().startsWith("States.") ? "" : " (their names start with 'States.')")));
            }
        });
        return out;
    }

    /** Arity and argument problems of the call and the calls nested in it (unknown functions are skipped). */
    public static List<ExprError> argumentProblems(Intrinsic.Call call) {
        List<ExprError> out = new ArrayList<>();
        visit(call, c -> check(c, out));
        return out;
    }

    private static void visit(Intrinsic.Call call, java.util.function.Consumer<Intrinsic.Call> action) {
        action.accept(call);
        for (Intrinsic arg : call.args()) {
            if (arg instanceof Intrinsic.Call nested) {
                visit(nested, action);
            }
        }
    }

    private static void check(Intrinsic.Call call, List<ExprError> out) {
        Signature signature = FUNCTIONS.get(call.name());
        if (signature == null) {
            return;
        }
        int count = call.args().size();
        if (count < signature.min() || count > signature.max()) {
            out.add(new ExprError(call.start(), call.end(), call.name() + " takes " + arity(signature) + " but is given " + count));
            return;
        }
        for (int i = 0; i < count; i++) {
            Intrinsic arg = call.args().get(i);
            Kind expected = signature.arg(i);
            String problem = mismatch(expected, arg);
            if (problem != null) {
                out.add(new ExprError(arg.start(), arg.end(), "argument " + (i + 1) + " of " + call.name() + " must be " + describe(expected) + ", not " + problem));
            }
        }
        specific(call, out);
    }

    private static void specific(Intrinsic.Call call, List<ExprError> out) {
        List<Intrinsic> args = call.args();
        switch (call.name()) {
            case "States.Format" -> {
                if (args.get(0) instanceof Intrinsic.Text template && template.placeholders() != args.size() - 1) {
                    out.add(new ExprError(call.start(), call.end(), "the template of States.Format has " + template.placeholders()
                            + " placeholder(s) '{}' but " + (args.size() - 1) + " value(s) follow it"));
                }
            }
            case "States.Hash" -> {
                if (args.get(1) instanceof Intrinsic.Text algorithm && !HASH_ALGORITHMS.contains(algorithm.value())) {
                    out.add(new ExprError(algorithm.start(), algorithm.end(), "'" + algorithm.value()
                            + "' is not a hash algorithm of States.Hash: use MD5, SHA-1, SHA-256, SHA-384 or SHA-512"));
                }
            }
            case "States.JsonMerge" -> {
                if (args.get(2) instanceof Intrinsic.Constant deep && !"false".equals(deep.text())) {
                    out.add(new ExprError(deep.start(), deep.end(), "the third argument of States.JsonMerge must be false: Step Functions only supports a shallow merge"));
                }
            }
            case "States.ArrayRange" -> {
                if (args.get(2) instanceof Intrinsic.Number step && isZero(step.text())) {
                    out.add(new ExprError(step.start(), step.end(), "the step of States.ArrayRange must not be 0"));
                }
            }
            case "States.ArrayPartition" -> {
                if (args.get(1) instanceof Intrinsic.Number size && (size.text().startsWith("-") || isZero(size.text()))) {
                    out.add(new ExprError(size.start(), size.end(), "the chunk size of States.ArrayPartition must be a positive integer"));
                }
            }
            default -> {
            }
        }
    }

    private static boolean isZero(String number) {
        try {
            return Double.parseDouble(number) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** What is wrong with the argument for the expected kind, or null when it fits (or cannot be known). */
    private static String mismatch(Kind expected, Intrinsic arg) {
        if (expected == Kind.ANY || arg instanceof Intrinsic.Path) {
            return null;
        }
        Kind actual;
        if (arg instanceof Intrinsic.Call call) {
            Signature signature = FUNCTIONS.get(call.name());
            actual = signature == null ? Kind.ANY : signature.returns();
        } else if (arg instanceof Intrinsic.Text) {
            actual = Kind.STRING;
        } else if (arg instanceof Intrinsic.Number number) {
            actual = number.isInteger() ? Kind.INTEGER : Kind.NUMBER;
        } else {
            Intrinsic.Constant constant = (Intrinsic.Constant) arg;
            if ("null".equals(constant.text())) {
                return "null";
            }
            actual = Kind.BOOLEAN;
        }
        if (actual == Kind.ANY || actual == expected || (expected == Kind.NUMBER && actual == Kind.INTEGER)) {
            return null;
        }
        if (arg instanceof Intrinsic.Call call) {
            return "the result of " + call.name() + " (" + describe(actual) + ")";
        }
        return describe(actual) + (arg instanceof Intrinsic.Number n ? " (" + n.text() + ")" : "");
    }

    private static String describe(Kind kind) {
        return switch (kind) {
            case ANY -> "any value";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case INTEGER -> "an integer";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
        };
    }

    private static String arity(Signature signature) {
        if (signature.max() == ANY_COUNT) {
            return signature.min() == 0 ? "any number of arguments" : "at least " + plural(signature.min());
        }
        if (signature.min() == signature.max()) {
            return signature.min() == 0 ? "no arguments" : "exactly " + plural(signature.min());
        }
        return signature.min() + " or " + signature.max() + " arguments";
    }

    private static String plural(int n) {
        return n + (n == 1 ? " argument" : " arguments");
    }
}
