package io.stacklint.model.iam;

import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.List;

/**
 * One statement that applies to a role, read into what evaluation needs. {@code actions} are the strings of
 * {@code Action} (or {@code NotAction} when {@code notAction}), each where it is written (for a SAM policy template
 * or a known AWS managed policy, at the name that brings it in); {@code resources} are the symbolic values
 * ({@link io.stacklint.model.cfn.TemplateValues}) of {@code Resource} (or {@code NotResource}), an entry null
 * where the value is not knowable here. {@code conditional}: the statement may or may not apply (a
 * {@code Condition}, an {@code Fn::If} around it or inside it, a policy resource with a {@code Condition}).
 * {@code origin} says where it comes from, for messages: "inline policy Logs of role MachineRole", "SAM policy
 * template DynamoDBCrudPolicy", "SAM connector ToTable", "AWS managed policy AWSLambdaRole".
 */
public record Grant(boolean allow, List<ScalarNode> actions, boolean notAction, List<String> resources,
                    boolean notResource, boolean conditional, Node statement, String origin) {
    public Grant {
        actions = List.copyOf(actions);
        resources = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(resources));
    }
}
