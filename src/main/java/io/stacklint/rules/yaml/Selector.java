package io.stacklint.rules.yaml;

import io.stacklint.model.SourceModel;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.iam.PolicyStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which nodes a rule looks at: template resources by type, states by type and Task {@code Resource} (at any
 * depth, in every state machine the model found, whatever its definition source), whole state machine
 * definitions, or IAM policy statements; then, optionally, the nodes at one or more paths below each
 * ({@code Retry/*}, {@code Properties/Policies/* /PolicyDocument}).
 */
record Selector(Kind kind, List<Pattern> types, List<Pattern> resources, String effect, List<PathExpr> paths) {
    enum Kind { CFN_RESOURCE, ASL_STATE, ASL_MACHINE, IAM_STATEMENT }

    List<Focus> select(SourceModel model) {
        List<Focus> roots = new ArrayList<>();
        Scope base = Scope.of(model);
        switch (kind) {
            case CFN_RESOURCE -> {
                if (model.template() != null) {
                    for (Resource resource : model.template().resources()) {
                        if (resource.type() != null && anyMatch(types, resource.type())) {
                            roots.add(Focus.present(resource.node(), resource.key(), null, base.withResource(resource)));
                        }
                    }
                }
            }
            case ASL_STATE -> {
                for (StateMachine machine : model.stateMachines()) {
                    Scope inMachine = base.withMachine(machine);
                    for (State state : machine.definition().allStates()) {
                        if (anyMatch(types, state.type() == null ? "" : state.type())
                                && (resources.isEmpty() || (state.resource() != null && anyMatch(resources, state.resource())))) {
                            roots.add(Focus.present(state.node(), state.key(), null, inMachine.withState(state)));
                        }
                    }
                }
            }
            case ASL_MACHINE -> {
                for (StateMachine machine : model.stateMachines()) {
                    Scope inMachine = base.withMachine(machine);
                    roots.add(Focus.present(machine.definition().node(), PathExpr.machineAnchor(inMachine), null, inMachine));
                }
            }
            case IAM_STATEMENT -> {
                for (PolicyStatement statement : model.policyStatements()) {
                    if (effect.equals("any") || effect.equals(statement.node().text("Effect"))) {
                        roots.add(Focus.present(statement.node(), statement.node(), null, base.withStatement(statement)));
                    }
                }
            }
            default -> throw new IllegalStateException(kind.toString());
        }
        if (paths.isEmpty()) {
            return roots;
        }
        List<Focus> out = new ArrayList<>();
        for (Focus root : roots) {
            for (PathExpr path : paths) {
                path.resolveAll(root).stream().filter(Focus::isPresent).forEach(out::add);
            }
        }
        return out;
    }

    private static boolean anyMatch(List<Pattern> patterns, String text) {
        return patterns.stream().anyMatch(p -> p.matcher(text).matches());
    }

    /** A glob ({@code AWS::IAM::*}, {@code arn:*:states:::lambda:invoke*}): '*' is any run of characters, '?' one. */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
