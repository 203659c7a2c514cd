package io.stacklint.rules.builtin;

import io.stacklint.rules.api.Rule;
import io.stacklint.rules.builtin.asl.ChoiceComparisonValue;
import io.stacklint.rules.builtin.asl.ChoiceRuleMalformed;
import io.stacklint.rules.builtin.asl.ChoiceWithoutDefault;
import io.stacklint.rules.builtin.asl.ConflictingFields;
import io.stacklint.rules.builtin.asl.ConsoleDefaultStateName;
import io.stacklint.rules.builtin.asl.DefinitionFileOutsideTemplate;
import io.stacklint.rules.builtin.asl.DefinitionUriCaseMismatch;
import io.stacklint.rules.builtin.asl.DistributedMapFieldOnInlineMap;
import io.stacklint.rules.builtin.asl.DuplicateStateName;
import io.stacklint.rules.builtin.asl.ExpressUnsupportedIntegration;
import io.stacklint.rules.builtin.asl.FailureReportedAsSuccess;
import io.stacklint.rules.builtin.asl.FieldOfOtherQueryLanguage;
import io.stacklint.rules.builtin.asl.HeartbeatNotBelowTimeout;
import io.stacklint.rules.builtin.asl.IntrinsicFunctionArguments;
import io.stacklint.rules.builtin.asl.InvalidIntrinsicFunction;
import io.stacklint.rules.builtin.asl.InvalidJsonata;
import io.stacklint.rules.builtin.asl.InvalidPath;
import io.stacklint.rules.builtin.asl.InvalidVariableName;
import io.stacklint.rules.builtin.asl.JsonataChoiceRuleMalformed;
import io.stacklint.rules.builtin.asl.JsonataDelimiters;
import io.stacklint.rules.builtin.asl.JsonpathStateInJsonataMachine;
import io.stacklint.rules.builtin.asl.LambdaTaskTimeoutBelowFunction;
import io.stacklint.rules.builtin.asl.MissingDefinitionFile;
import io.stacklint.rules.builtin.asl.MissingOrConflictingDefinition;
import io.stacklint.rules.builtin.asl.MissingRequiredField;
import io.stacklint.rules.builtin.asl.NoTerminalReachable;
import io.stacklint.rules.builtin.asl.NonReferencePath;
import io.stacklint.rules.builtin.asl.PayloadTemplateDuplicateField;
import io.stacklint.rules.builtin.asl.RetryBudgetBeyondExecution;
import io.stacklint.rules.builtin.asl.StateNameInvalid;
import io.stacklint.rules.builtin.asl.StateTimeoutBeyondMachine;
import io.stacklint.rules.builtin.asl.StatesAllNotLast;
import io.stacklint.rules.builtin.asl.TaskResourceInvalid;
import io.stacklint.rules.builtin.asl.TransitionTargetMissing;
import io.stacklint.rules.builtin.asl.UnknownField;
import io.stacklint.rules.builtin.asl.UnreachableState;
import io.stacklint.rules.builtin.asl.UnreadDefinition;
import io.stacklint.rules.builtin.asl.UnresolvedPlaceholder;
import io.stacklint.rules.builtin.asl.UnusedSubstitution;
import io.stacklint.rules.builtin.asl.ValueOutOfRange;
import io.stacklint.rules.builtin.asl.WaitTimestampInvalid;
import io.stacklint.rules.builtin.asl.WrongFieldType;
import io.stacklint.rules.builtin.cfn.AliasRoutingRejected;
import io.stacklint.rules.builtin.cfn.AliasTargetsStateMachine;
import io.stacklint.rules.builtin.cfn.CallerBypassesAlias;
import io.stacklint.rules.builtin.cfn.DeploymentAlarmByArn;
import io.stacklint.rules.builtin.cfn.HardCodedAccountOrRegion;
import io.stacklint.rules.builtin.cfn.ResourcePropertiesInvalid;
import io.stacklint.rules.builtin.cfn.UnknownRuleInIgnore;
import io.stacklint.rules.builtin.cfn.UnresolvedReference;
import io.stacklint.rules.builtin.cfn.UnversionedStateMachine;
import io.stacklint.rules.builtin.cfn.VersionNeverRepublished;
import io.stacklint.rules.builtin.iam.AllowNotAction;
import io.stacklint.rules.builtin.iam.AllowNotResource;
import io.stacklint.rules.builtin.iam.ForAllValuesSingleValuedKey;
import io.stacklint.rules.builtin.iam.ForeignActionInResourcePolicy;
import io.stacklint.rules.builtin.iam.MalformedPolicy;
import io.stacklint.rules.builtin.iam.MissingPermission;
import io.stacklint.rules.builtin.iam.PassRoleOnAnyResource;
import io.stacklint.rules.builtin.iam.SamTemplateWiderThanNeed;
import io.stacklint.rules.builtin.iam.UnusedPermission;
import io.stacklint.rules.builtin.iam.PrivilegedManagedPolicy;
import io.stacklint.rules.builtin.iam.ResourcePolicyForeignResource;
import io.stacklint.rules.builtin.iam.ResourcePolicyPublic;
import io.stacklint.rules.builtin.iam.ResourcePolicyWildcardAction;
import io.stacklint.rules.builtin.iam.ResourceTypeMismatch;
import io.stacklint.rules.builtin.iam.RoleNotAssumable;
import io.stacklint.rules.builtin.iam.ServicePrincipalAction;
import io.stacklint.rules.builtin.iam.ServicePrincipalWithoutSource;
import io.stacklint.rules.builtin.iam.SharedRole;
import io.stacklint.rules.builtin.iam.TrustWithoutSourceCondition;
import io.stacklint.rules.builtin.iam.ServiceWildcardAction;
import io.stacklint.rules.builtin.iam.TrustAnyone;
import io.stacklint.rules.builtin.iam.TrustNegation;
import io.stacklint.rules.builtin.iam.TrustWholeAccount;
import io.stacklint.rules.builtin.iam.UnknownAction;
import io.stacklint.rules.builtin.iam.WildcardAction;
import io.stacklint.rules.builtin.iam.WildcardResource;
import io.stacklint.rules.builtin.parse.DuplicateKey;
import io.stacklint.rules.builtin.parse.SyntaxError;
import io.stacklint.rules.builtin.parse.UnknownTag;
import io.stacklint.rules.builtin.parse.UnrecognizedFile;
import io.stacklint.rules.builtin.parse.Yaml11Boolean;
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
                new MissingDefinitionFile(),
                new DefinitionFileOutsideTemplate(),
                new UnresolvedPlaceholder(),
                new UnusedSubstitution(),
                new MissingOrConflictingDefinition(),
                new UnknownField(),
                new MissingRequiredField(),
                new WrongFieldType(),
                new ValueOutOfRange(),
                new ConflictingFields(),
                new FieldOfOtherQueryLanguage(),
                new JsonpathStateInJsonataMachine(),
                new DistributedMapFieldOnInlineMap(),
                new InvalidPath(),
                new NonReferencePath(),
                new InvalidIntrinsicFunction(),
                new IntrinsicFunctionArguments(),
                new JsonataDelimiters(),
                new InvalidJsonata(),
                new InvalidVariableName(),
                new PayloadTemplateDuplicateField(),
                new ChoiceRuleMalformed(),
                new ChoiceComparisonValue(),
                new JsonataChoiceRuleMalformed(),
                new ChoiceWithoutDefault(),
                new WaitTimestampInvalid(),
                new HeartbeatNotBelowTimeout(),
                new TaskResourceInvalid(),
                new DuplicateStateName(),
                new StateNameInvalid(),
                new TransitionTargetMissing(),
                new UnreachableState(),
                new NoTerminalReachable(),
                new ExpressUnsupportedIntegration(),
                new DefinitionUriCaseMismatch(),
                new StateTimeoutBeyondMachine(),
                new RetryBudgetBeyondExecution(),
                new FailureReportedAsSuccess(),
                new ConsoleDefaultStateName(),
                new LambdaTaskTimeoutBelowFunction(),
                new UnversionedStateMachine(),
                new AliasTargetsStateMachine(),
                new UnresolvedReference(),
                new UnknownRuleInIgnore(),
                new VersionNeverRepublished(),
                new AliasRoutingRejected(),
                new CallerBypassesAlias(),
                new HardCodedAccountOrRegion(),
                new ResourcePropertiesInvalid(),
                new DeploymentAlarmByArn(),
                new WildcardAction(),
                new WildcardResource(),
                new PassRoleOnAnyResource(),
                new ServiceWildcardAction(),
                new AllowNotAction(),
                new MissingPermission(),
                new UnusedPermission(),
                new SharedRole(),
                new RoleNotAssumable(),
                new TrustWithoutSourceCondition(),
                new SamTemplateWiderThanNeed(),
                new UnknownAction(),
                new ResourceTypeMismatch(),
                new AllowNotResource(),
                new MalformedPolicy(),
                new TrustAnyone(),
                new TrustNegation(),
                new ServicePrincipalAction(),
                new TrustWholeAccount(),
                new ResourcePolicyPublic(),
                new ResourcePolicyWildcardAction(),
                new ServicePrincipalWithoutSource(),
                new ForeignActionInResourcePolicy(),
                new PrivilegedManagedPolicy(),
                new ForAllValuesSingleValuedKey(),
                new ResourcePolicyForeignResource(),
                new SyntaxError(),
                new DuplicateKey(),
                new UnknownTag(),
                new UnrecognizedFile(),
                new YamlAlias(),
                new Yaml11Boolean());
    }
}
