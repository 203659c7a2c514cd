package io.stacklint.model.asl.expr;

/**
 * Names of workflow variables ({@code Assign} keys, read as {@code $name}): Unicode identifiers (a letter
 * or '_' first, then letters, digits and '_'), at most 80 characters, and not the reserved {@code states}.
 */
public final class VariableNames {
    public static final int MAX_LENGTH = 80;

    private VariableNames() {
    }

    /** What is wrong with the name, or null when Step Functions accepts it. */
    public static String problem(String name) {
        if (name.isEmpty()) {
            return "the name is empty";
        }
        if (name.equals("states")) {
            return "'states' is reserved for the $states variable of JSONata";
        }
        if (name.length() > MAX_LENGTH) {
            return "a variable name has at most " + MAX_LENGTH + " characters, this one " + name.length();
        }
        int first = name.codePointAt(0);
        if (!Character.isUnicodeIdentifierStart(first) && first != '_') {
            return Character.isDigit(first) ? "a variable name must not start with a digit"
                    : "a variable name must start with a letter or '_', not '" + Character.toString(first) + "'";
        }
        for (int i = Character.charCount(first); i < name.length(); ) {
            int c = name.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) {
                return "'" + Character.toString(c) + "' cannot be part of a variable name (letters, digits and '_' only)";
            }
            i += Character.charCount(c);
        }
        return null;
    }
}
