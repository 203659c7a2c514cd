package io.stacklint.rules.builtin;

import io.stacklint.rules.api.Rule;
import io.stacklint.rules.builtin.asl.StatesAllNotLast;
import io.stacklint.rules.builtin.asl.UnreadDefinition;
import io.stacklint.rules.builtin.cfn.AliasTargetsStateMachine;
import io.stacklint.rules.builtin.cfn.UnknownRuleInIgnore;
import io.stacklint.rules.builtin.cfn.UnresolvedReference;
import io.stacklint.rules.builtin.cfn.UnversionedStateMachine;
import io.stacklint.rules.builtin.iam.AllowNotAction;
import io.stacklint.rules.builtin.iam.PassRoleOnAnyResource;
import io.stacklint.rules.builtin.iam.ServiceWildcardAction;
import io.stacklint.rules.builtin.iam.WildcardAction;
import io.stacklint.rules.builtin.iam.WildcardResource;
import io.stacklint.rules.builtin.parse.DuplicateKey;
import io.stacklint.rules.builtin.parse.SyntaxError;
import io.stacklint.rules.builtin.parse.UnknownTag;
import io.stacklint.rules.builtin.parse.UnrecognizedFile;
import io.stacklint.rules.builtin.parse.YamlAlias;
import io.stacklint.rules.yaml.YamlRuleLoader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every built-in rule: the Java rules, one line each, sorted by id (a test keeps it sorted), and the declarative
 * rules of the {@code rules/} pack in the jar, read once from its index. No class-path scanning: start-up matters.
 */
public final class BuiltinRules {
    private BuiltinRules() {
    }

    /** Java and declarative rules together, by id. */
    public static List<Rule> all() {
        List<Rule> all = new ArrayList<>(java());
        all.addAll(Declarative.RULES);
        all.sort(Comparator.comparing(r -> r.meta().id()));
        return List.copyOf(all);
    }

    /** The declarative rules of the built-in pack, read on first use. */
    public static List<Rule> declarative() {
        return Declarative.RULES;
    }

    private static final class Declarative {
        static final List<Rule> RULES = List.copyOf(YamlRuleLoader.builtin());
    }

    public static List<Rule> java() {
        return List.of(
                new StatesAllNotLast(),
                new UnreadDefinition(),
                new UnversionedStateMachine(),
                new AliasTargetsStateMachine(),
                new UnresolvedReference(),
                new UnknownRuleInIgnore(),
                new WildcardAction(),
                new WildcardResource(),
                new PassRoleOnAnyResource(),
                new ServiceWildcardAction(),
                new AllowNotAction(),
                new SyntaxError(),
                new DuplicateKey(),
                new UnknownTag(),
                new UnrecognizedFile(),
                new YamlAlias());
    }
}
