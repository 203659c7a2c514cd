package io.stacklint.rules.builtin.cfn;

import io.stacklint.model.SourceModel;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.rules.api.DocumentRule;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import io.stacklint.tree.SeqNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ARN with a literal region or account in a template's state machine definitions and in the resources of its
 * policy statements: the template then deploys to that account and region only. Integration ARNs
 * ({@code arn:aws:states:::lambda:invoke}) and AWS managed policies name neither. Principals are left alone: a
 * trust in another account is deliberate.
 */
public final class HardCodedAccountOrRegion implements DocumentRule {
    public static final RuleMeta META = RuleMeta.of("CFN024", "hard-coded-account-or-region",
            "ARN hard-codes an account or region", Severity.WARNING, "0.2.0", "cfn", "portability");

    /** partition : service : region : account : — the region and account as written, a ${...} placeholder read whole. */
    private static final Pattern ARN = Pattern.compile(
            "arn:(?:aws[a-z-]*|\\$\\{AWS::Partition}):[a-z0-9-]+:((?:\\$\\{[^}]*}|[^:\\s\"$])*):((?:\\$\\{[^}]*}|[^:\\s\"$])*):");
    private static final Pattern LITERAL_PARTITION = Pattern.compile("(?<![A-Za-z0-9])arn:aws:[a-z0-9-]+:");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\\d");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(SourceModel model, RuleContext context) {
        if (model.template() == null) {
            return;
        }
        List<ScalarNode> values = new ArrayList<>();
        for (StateMachine machine : model.stateMachines()) {
            if (machine.resource() != null) {
                collect(machine.definition().node(), values);
            }
        }
        for (PolicyStatement statement : model.policyStatements()) {
            collect(statement.node().get("Resource"), values);
            collect(statement.node().get("NotResource"), values);
        }
        for (ScalarNode value : values) {
            String problem = problem(value.value());
            String partition = problem == null ? partition(value.value()) : null;
            if (problem != null) {
                context.report(value, "%s: the template deploys only there; write ${AWS::AccountId} and ${AWS::Region} "
                        + "(in a !Sub, or through DefinitionSubstitutions in a definition)", problem);
            } else if (partition != null) {
                context.report(Severity.NOTE, value, "%s: the template deploys to the commercial partition only, not to "
                        + "China or GovCloud; write ${AWS::Partition} if it should", partition);
            }
        }
    }

    /** What the first ARN of the text hard-codes, or null. */
    static String problem(String text) {
        Matcher arn = ARN.matcher(text);
        while (arn.find()) {
            boolean region = REGION.matcher(arn.group(1)).matches();
            boolean account = ACCOUNT.matcher(arn.group(2)).matches();
            if (region || account) {
                String what = region && account ? "the region " + arn.group(1) + " and the account " + arn.group(2)
                        : region ? "the region " + arn.group(1) : "the account " + arn.group(2);
                return "ARN '" + shown(text, arn.start()) + "' hard-codes " + what;
            }
        }
        return null;
    }

    /**
     * The first ARN of the text written with the literal partition {@code aws}, or null. Integration ARNs
     * ({@code arn:aws:states:::lambda:invoke}), which every definition writes so, are left alone.
     */
    static String partition(String text) {
        Matcher arn = LITERAL_PARTITION.matcher(text);
        while (arn.find()) {
            if (!text.startsWith("arn:aws:states:::", arn.start())) {
                return "ARN '" + shown(text, arn.start()) + "' hard-codes the partition aws";
            }
        }
        return null;
    }

    private static String shown(String text, int start) {
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"' && end - start < 120) {
            end++;
        }
        return text.substring(start, end);
    }

    private static void collect(Node node, List<ScalarNode> out) {
        if (node instanceof ScalarNode scalar && scalar.isString() && scalar.value() != null && scalar.value().contains("arn:")) {
            out.add(scalar);
        } else if (node instanceof MapNode map) {
            map.entries().forEach(e -> collect(e.value(), out));
        } else if (node instanceof SeqNode seq) {
            seq.items().forEach(item -> collect(item, out));
        }
    }
}
