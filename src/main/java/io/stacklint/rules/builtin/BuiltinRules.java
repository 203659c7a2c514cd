package io.stacklint.rules.builtin;

import io.stacklint.rules.api.Rule;
import io.stacklint.rules.builtin.asl.BackoffRateBelowOne;
import io.stacklint.rules.builtin.asl.IntrinsicFunctionArguments;
import io.stacklint.rules.builtin.asl.InvalidIntrinsicFunction;
import io.stacklint.rules.builtin.asl.InvalidJsonata;
import io.stacklint.rules.builtin.asl.InvalidPath;
import io.stacklint.rules.builtin.asl.InvalidVariableName;
import io.stacklint.rules.builtin.asl.JsonataDelimiters;
import io.stacklint.rules.builtin.asl.NonReferencePath;
import io.stacklint.rules.builtin.asl.RetryWithoutBackoffRate;
import io.stacklint.rules.builtin.asl.StatesAllNotLast;
import io.stacklint.rules.builtin.asl.TaskWithoutTimeout;
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
import java.util.List;

/** Every built-in rule, one line each, sorted by id (a test keeps it sorted). No class-path scanning: start-up matters. */
public final class BuiltinRules {
    private BuiltinRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new TaskWithoutTimeout(),
                new RetryWithoutBackoffRate(),
                new StatesAllNotLast(),
                new BackoffRateBelowOne(),
                new UnreadDefinition(),
                new InvalidPath(),
                new NonReferencePath(),
                new InvalidIntrinsicFunction(),
                new IntrinsicFunctionArguments(),
                new JsonataDelimiters(),
                new InvalidJsonata(),
                new InvalidVariableName(),
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
