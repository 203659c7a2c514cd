package io.stacklint.model.cfn;

import java.util.Set;

/** The parameters CloudFormation defines in every stack. */
public final class PseudoParameters {
    private static final Set<String> NAMES = Set.of("AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue",
            "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");

    private PseudoParameters() {
    }

    public static boolean isPseudoParameter(String name) {
        return NAMES.contains(name);
    }
}
