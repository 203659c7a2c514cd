package io.stacklint.model.iam;

import io.stacklint.model.SourceModel;
import io.stacklint.model.SourceModels;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.cfn.Template;
import io.stacklint.parse.TreeParser;
import io.stacklint.source.SourceFile;

/** Templates parsed the way the linter parses them, for the IAM model's tests. */
final class IamFixtures {
    static final String P = "arn:${AWS::Partition}:";
    static final String RA = "${AWS::Region}:${AWS::AccountId}:";

    private IamFixtures() {
    }

    static SourceModel model(String yaml) {
        return SourceModels.of(TreeParser.parse(SourceFile.of("template.yaml", yaml)));
    }

    static Template template(String yaml) {
        return model(yaml).template();
    }

    static StateMachine machine(SourceModel model, String logicalId) {
        return model.stateMachines().stream().filter(m -> m.resource().logicalId().equals(logicalId)).findFirst().orElseThrow();
    }

    /** The role of the machine, which the test expects to be known. */
    static ExecutionRole roleOf(String yaml, String machine) {
        Template template = template(yaml);
        RoleBinding binding = RoleResolver.forResource(template.resource(machine).orElseThrow(), template);
        if (binding instanceof RoleBinding.Known known) {
            return known.role();
        }
        throw new AssertionError("role of " + machine + " is unknown: " + ((RoleBinding.Unknown) binding).why());
    }

    static String fn(String name) {
        return P + "lambda:" + RA + "function:" + name;
    }
}
