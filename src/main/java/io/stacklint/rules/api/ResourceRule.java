package io.stacklint.rules.api;

import io.stacklint.model.cfn.Resource;
import java.util.Set;

/** <b>Public API.</b> Sees each template resource of the types it names. */
public interface ResourceRule extends Rule {
    /** Resource types to visit, e.g. {@code AWS::IAM::Role}. */
    Set<String> resourceTypes();

    void check(Resource resource, RuleContext context);
}
