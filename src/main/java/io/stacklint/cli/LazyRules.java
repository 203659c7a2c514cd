package io.stacklint.cli;

import io.stacklint.rules.api.Rule;
import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The built-in rules, made on first use: {@code --version}, {@code --help} and usage errors never need them,
 * and making them loads the rule classes (the declarative pack's rules are listed from its index, and each is
 * compiled only when a file first gives it something to check).
 */
final class LazyRules extends AbstractList<Rule> {
    private final Supplier<List<Rule>> make;
    private volatile List<Rule> rules;

    LazyRules(Supplier<List<Rule>> make) {
        this.make = make;
    }

    private List<Rule> rules() {
        List<Rule> made = rules;
        if (made == null) {
            synchronized (this) {
                if (rules == null) {
                    rules = List.copyOf(make.get());
                }
                made = rules;
            }
        }
        return made;
    }

    @Override
    public Rule get(int index) {
        return rules().get(index);
    }

    @Override
    public int size() {
        return rules().size();
    }
}
