package io.stacklint.rules.yaml;

import java.util.regex.Pattern;

/**
 * A regular expression from a rule file that cannot hang the linter. Java's engine backtracks, so a pattern
 * such as {@code (a+)+$} can take exponential time on a short input. Every step of the engine reads the input
 * through {@link CharSequence#charAt}; the input is wrapped in a sequence that counts those reads and gives up
 * after a budget proportional to the input, with an error that names the rule, the pattern and the place.
 */
final class BoundedRegex {
    /** Reads allowed per input character, plus a floor: generous for any sane pattern, instant for a runaway one. */
    static final long READS_PER_CHAR = 10_000;
    static final long MIN_READS = 1_000_000;
    /** A ceiling whatever the input's length, so that one long value costs about a second at worst, not many. */
    static final long MAX_READS = 100_000_000;

    private final Pattern pattern;
    private final String where;

    /** {@code where} names the pattern's place in its rule file, for the error ({@code rules/x.yaml:12:14}). */
    BoundedRegex(Pattern pattern, String where) {
        this.pattern = pattern;
        this.where = where;
    }

    String pattern() {
        return pattern.pattern();
    }

    /** True when the pattern occurs in the text (use ^ and $ to anchor it). */
    boolean find(String text, String ruleId, String valueWhere) {
        long budget = Math.min(MAX_READS, Math.max(MIN_READS, READS_PER_CHAR * (text.length() + 1)));
        String gaveUp = where + ": the regex '" + pattern.pattern() + "' of rule " + ruleId + " gave up on the value at " + valueWhere;
        try {
            return pattern.matcher(new Counting(text, budget, () -> new RegexBudgetExceeded(gaveUp + " after " + budget
                    + " steps (catastrophic backtracking?); rewrite it without nested repetition"))).find();
        } catch (StackOverflowError tooDeep) {
            // Java's engine recurses once per repetition of a group such as (a|a)*: a long value exhausts the stack.
            throw new RegexBudgetExceeded(gaveUp + " (" + text.length() + " characters): each repetition of a group costs the engine"
                    + " a level of recursion and it ran out of stack; repeat a character class instead (such as [ab]* for (a|b)*)");
        }
    }

    /** Raised when a pattern exhausts its budget; the engine reports it as a failure of the rule, and goes on. */
    static final class RegexBudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RegexBudgetExceeded(String message) {
            super(message, null, false, false);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }

    private static final class Counting implements CharSequence {
        private final String text;
        private final long[] reads;
        private final long budget;
        private final java.util.function.Supplier<RegexBudgetExceeded> error;

        Counting(String text, long budget, java.util.function.Supplier<RegexBudgetExceeded> error) {
            this(text, new long[1], budget, error);
        }

        private Counting(String text, long[] reads, long budget, java.util.function.Supplier<RegexBudgetExceeded> error) {
            this.text = text;
            this.reads = reads;
            this.budget = budget;
            this.error = error;
        }

        @Override
        public char charAt(int index) {
            if (++reads[0] > budget) {
                throw error.get();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Counting(text.substring(start, end), reads, budget, error);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
